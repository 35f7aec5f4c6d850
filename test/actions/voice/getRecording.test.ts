import { TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { actionsPerCase, expectRefusedBeforeAnyRequest, recordedCall } from "../support";

describe("Get Recording on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;

  it("reads a recording of a call as the sandbox keeps it; an unknown SID is Twilio's 20404", async () => {
    const sid = await recordedCall(on);
    const [kept] = on.sandbox.inspect<{ recordings: { sid: string; call_sid: string }[] }>("calls", ACCOUNT_SID)?.recordings ?? [];
    expect(await run("getRecording", { sid })).toMatchObject({ sid, callSid: kept.call_sid, status: "completed", duration: "10" });
    const missing = await failureOf(run("getRecording", { sid: `RE${"f".repeat(32)}` }));
    expect(missing).toBeInstanceOf(TwilioApiError);
    expect(missing.message).toContain("20404");
  });

  it("refuses a SID that is not a recording's before sending anything", async () => {
    await expectRefusedBeforeAnyRequest(on, [["getRecording", { sid: "RE123.mp3" }, "Recording SID"]]);
  });
});
