import { TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { actionsPerCase, expectRefusedBeforeAnyRequest } from "../support";

describe("Get Call on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;
  const kept = () => on.sandbox.inspect<{ calls: { sid: string; status: string }[] }>("calls", ACCOUNT_SID)?.calls ?? [];

  it("reads a call as it goes from queued to completed, as the sandbox keeps it; an unknown SID is Twilio's 20404", async () => {
    const call = await run("makeCall", { to: "+15558675310", from: "+15017122661", sayText: "Hello" });
    expect(await run("getCall", { sid: call.sid })).toMatchObject({
      sid: call.sid,
      to: "+15558675310",
      from: "+15017122661",
      status: "queued",
    });
    await on.sandbox.clock.advance(15_000);
    const ended = await run("getCall", { sid: call.sid });
    expect(ended).toMatchObject({ sid: call.sid, status: "completed", direction: "outbound-api" });
    expect(kept()).toEqual([expect.objectContaining({ sid: call.sid, status: "completed" })]);

    const missing = await failureOf(run("getCall", { sid: `CA${"f".repeat(32)}` }));
    expect(missing).toBeInstanceOf(TwilioApiError);
    expect(missing.message).toContain("20404");
  });

  it("refuses a SID that is not a call's before sending anything", async () => {
    await expectRefusedBeforeAnyRequest(on, [
      ["getCall", { sid: "CA123/../../Messages" }, "Call SID"],
      ["getCall", { sid: `RE${"0".repeat(32)}` }, "Call SID"],
    ]);
  });
});
