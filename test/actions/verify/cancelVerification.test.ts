import { TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { actionsPerCase, expectRefusedBeforeAnyRequest } from "../support";

describe("Cancel Verification on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;
  const kept = () => on.sandbox.inspect<{ sid: string; status: string; code: string }[]>("verifications", ACCOUNT_SID) ?? [];

  it("cancels a pending verification by its SID, so its code no longer approves and the other stays pending", async () => {
    const { sid: verifyServiceSid } = await run("createVerifyService", { friendlyName: "Acme login codes" });
    const send = (to: string) => run("sendVerification", { verifyServiceSid, to, channel: "sms" });
    const first = await send("+15558675310");
    const second = await send("+15558675311");
    expect(await run("cancelVerification", { verifyServiceSid, verificationSid: first.sid })).toMatchObject({
      sid: first.sid,
      status: "canceled",
    });
    expect(kept().map((one) => [one.sid, one.status])).toEqual([
      [first.sid, "canceled"],
      [second.sid, "pending"],
    ]);

    const { code } = kept()[0];
    const check = await failureOf(run("checkVerification", { verifyServiceSid, to: "+15558675310", code }));
    expect(check).toBeInstanceOf(TwilioApiError);
    expect(check.message).toMatch(/20404.*no longer pending/);
    expect(kept()[0].status).toBe("canceled");
  });

  it("refuses a service or verification SID that is none, or no verification named, before any request", async () => {
    const verifyServiceSid = `VA${"0".repeat(32)}`;
    await expectRefusedBeforeAnyRequest(on, [
      ["cancelVerification", { verifyServiceSid: "VA1", verificationSid: `VE${"0".repeat(32)}` }, "Verify Service"],
      ["cancelVerification", { verifyServiceSid, verificationSid: "VE../x" }, "Verification SID"],
    ]);
    const neither = await failureOf(run("cancelVerification", { verifyServiceSid }));
    expect(neither.message).toMatch(/^Input "(To|Verification SID)"/);
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
