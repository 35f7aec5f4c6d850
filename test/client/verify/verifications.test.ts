import { TwilioApiError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { createVerifyService } from "../../../src/client/verify/services";
import { cancelVerification, checkVerification, sendVerification, sendVerificationOnce } from "../../../src/client/verify/verifications";
import { authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

const TO = "+15558675310";

/** Verifications through twilio-node's Verify resources against the sandbox's Verify v2 (spec-checked). */
describe("verifications on the sandbox", () => {
  let serviceSid: string;
  const on = sandboxPerCase();
  beforeEach(async () => {
    serviceSid = (await createVerifyService(client(), { friendlyName: "Sign-in" })).sid;
  });

  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const code = async () => ((await on.sandbox.control("GET", "verify/code", { to: TO })) as { code: string }).code;
  const send = () => sendVerification(client(), { serviceSid, to: TO, channel: "sms" });

  it("sends a code and gives the verification as plain JSON", async () => {
    const sent = await send();
    expect(sent).toMatchObject({ serviceSid, to: TO, channel: "sms", status: "pending" });
    expect(sent.sid).toMatch(/^VE/);
    expect(JSON.parse(JSON.stringify(sent))).toEqual(sent);
    const form = on.sandbox.requests.find((request) => request.path.endsWith("/Verifications"))?.form;
    expect([form?.get("To"), form?.get("Channel")]).toEqual([TO, "sms"]);
  });

  it("a wrong code is an answer, not an error; the right one approves", async () => {
    const sent = await send();
    const right = await code();
    const wrong = await checkVerification(client(), serviceSid, { to: TO }, right === "000000" ? "111111" : "000000");
    expect(wrong).toMatchObject({ approved: false, status: "pending" });
    expect(await checkVerification(client(), serviceSid, { verificationSid: sent.sid as string }, right)).toMatchObject({
      approved: true,
      status: "approved",
    });
  });

  it("a verification no longer pending: Twilio's 404 becomes an error saying why, read back from its status", async () => {
    const sent = await send();
    await checkVerification(client(), serviceSid, { to: TO }, await code());
    const again = await failureOf(checkVerification(client(), serviceSid, { verificationSid: sent.sid as string }, "123456"));
    expect(again).toBeInstanceOf(TwilioApiError);
    expect(again.message).toContain(`verification ${sent.sid} on Verify Service ${serviceSid} is no longer pending (status approved)`);
    expect(again.message).toContain("It was already approved");
    expect(again).toMatchObject({ details: expect.objectContaining({ code: 20404, status: 404 }) });

    const expiring = await send();
    await on.sandbox.clock.advance(11 * 60_000);
    const expired = await failureOf(checkVerification(client(), serviceSid, { verificationSid: expiring.sid as string }, "123456"));
    expect(expired.message).toContain("(status expired), so no code can be checked against it. Its code expired");
  });

  it("when Twilio has forgotten the verification too, says what may have happened", async () => {
    const error = await failureOf(checkVerification(client(), serviceSid, { to: TO }, "123456"));
    expect(error.message).toContain(`the verification sent to ${TO} on Verify Service ${serviceSid} is no longer pending, so no code`);
    expect(error.message).toContain("Twilio keeps a verification only while it is pending");
    expect(error.message).toContain("Start a new verification if the person still needs to verify. More info:");
  });

  it("cancels a pending verification so its code no longer works", async () => {
    const sent = await send();
    const right = await code();
    expect(await cancelVerification(client(), serviceSid, { verificationSid: sent.sid as string })).toMatchObject({ status: "canceled" });
    const error = await failureOf(checkVerification(client(), serviceSid, { verificationSid: sent.sid as string }, right));
    expect(error.message).toContain("(status canceled)");
  });

  it("refuses malformed SIDs naming the input, before any request", async () => {
    const before = on.sandbox.requests.length;
    const badService = await failureOf(sendVerification(client(), { serviceSid: "VA1/../..", to: TO, channel: "sms" }));
    expect(badService.message).toContain('Input "ServiceSid"');
    const badVerification = await failureOf(cancelVerification(client(), serviceSid, { verificationSid: "../Services" }));
    expect(badVerification.message).toContain('Input "VerificationSid"');
    expect(on.sandbox.requests.length).toBe(before);
  });

  it("sends at most once per idempotency key in the flow's state; a rerun gets the first verification as it is now", async () => {
    const request = { serviceSid, to: TO, channel: "sms" as const };
    const first = await sendVerificationOnce(client(), request, { idempotencyKey: "signin-42", state: {} });
    expect(first.data.replayed).toBe(false);
    await checkVerification(client(), serviceSid, { to: TO }, await code());
    const rerun = await sendVerificationOnce(client(), request, { idempotencyKey: "signin-42", state: first.instanceState ?? {} });
    expect(rerun.data).toMatchObject({ sid: first.data.sid, status: "approved" });
    expect(rerun.data.replayed).toBe(true);
    expect(on.sandbox.requests.filter((one) => one.method === "POST" && one.path.endsWith("/Verifications"))).toHaveLength(1);
  });
});
