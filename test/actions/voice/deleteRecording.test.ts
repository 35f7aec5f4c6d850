import { TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { actionsPerCase, expectRefusedBeforeAnyRequest, recordedCall } from "../support";

describe("Delete Recording on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;
  const kept = () => on.sandbox.inspect<{ calls: unknown[]; recordings: { sid: string }[] }>("calls", ACCOUNT_SID);

  it("deletes the recording for good and keeps its call; deleting it again is Twilio's 20404", async () => {
    const sid = await recordedCall(on);
    const other = await recordedCall(on);
    const data = await run("deleteRecording", { sid });
    expect(data).toMatchObject({ sid, deleted: true });
    expect(kept()?.recordings.map((one) => one.sid)).toEqual([other]);
    expect(kept()?.calls).toHaveLength(2);
    const again = await failureOf(run("deleteRecording", { sid }));
    expect(again).toBeInstanceOf(TwilioApiError);
    expect(again.message).toContain("20404");
  });

  it("refuses a SID that is not a recording's before sending anything", async () => {
    await expectRefusedBeforeAnyRequest(on, [["deleteRecording", { sid: "../Calls" }, "Recording SID"]]);
  });
});
