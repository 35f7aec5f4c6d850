import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { codeSentTo, useVerifySandbox, VERIFICATION_SID } from "./support";

const PHONE = "+15558675310";
const EMAIL = "jane@example.com";
const RIGHT_CODE = "123456";

describe("checkVerification and cancelVerification on the sandbox Twilio, held to Twilio's official spec", () => {
  const verify = useVerifySandbox();
  const send = async (to: string, params: Record<string, unknown> = {}) =>
    (await verify.run("sendVerification", { to, channel: to.includes("@") ? "email" : "sms", ...params })).sid as string;
  const check = (params: Record<string, unknown>) => verify.run("checkVerification", params);
  const cancel = (params: Record<string, unknown>) => verify.run("cancelVerification", params);

  describe("checkVerification", () => {
    it("checks a code by To and by Verification SID", async () => {
      const sid = await send(PHONE);
      for (const target of [{ to: PHONE }, { verificationSid: sid }]) {
        const result = await check({ ...target, code: "123456" });
        expect(result).toEqual(expect.objectContaining({ approved: expect.any(Boolean), status: expect.any(String) }));
      }
    });

    it("approves the right code", async () => {
      const sid = await send(PHONE);
      const code = await codeSentTo(verify, PHONE);
      verify.forgetRequests();

      const result = await check({ to: "+1 555 867 5310", code });

      const [request] = verify.received();
      expect(request.request).toBe(`POST ${verify.checkPath}`);
      expect(request.form).toEqual({ Code: code, To: PHONE });
      expect(result).toEqual(expect.objectContaining({ approved: true, status: "approved", sid }));
    });

    it("returns a wrong code as a result, approved false and still pending, not as an error", async () => {
      const sid = await send(PHONE, { customCode: RIGHT_CODE });
      verify.forgetRequests();

      const result = await check({ verificationSid: sid, code: "000000" });

      expect(verify.received()[0].form).toEqual({ Code: "000000", VerificationSid: sid });
      expect(result).toEqual(expect.objectContaining({ approved: false, status: "pending", valid: false }));
    });

    /** Five wrong codes; the sixth check is refused with 60202 and ends the verification. */
    const runOutOfChecks = async (target: Record<string, unknown>) => {
      for (let attempt = 0; attempt < 5; attempt++) expect((await check({ ...target, code: "000000" })).status).toBe("pending");
      return failureOf(check({ ...target, code: "000000" }));
    };

    it.each([
      ["approved", /already approved: the right code was checked before/, () => check({ to: EMAIL, code: RIGHT_CODE })],
      ["expired", /code expired/, () => verify.sandbox.control("POST", "clock/advance", { seconds: 601 })],
      ["max_attempts_reached", /ran out of attempts/, () => runOutOfChecks({ to: EMAIL })],
      ["canceled", /It was canceled/, () => cancel({ to: EMAIL })],
    ])("says the verification is no longer pending because it is %s, when Twilio still has it", async (status, explanation, end) => {
      await send(EMAIL, { customCode: RIGHT_CODE });
      await end();
      verify.forgetRequests();

      const error = await failureOf(check({ to: EMAIL, code: RIGHT_CODE }));

      expect(error).toBeInstanceOf(TwilioApiError);
      expect((error as TwilioApiError).details).toEqual(expect.objectContaining({ code: 20404, status: 404 }));
      expect(error.message).toContain(
        `the verification sent to jane@example.com on Verify Service ${verify.serviceSid} is no longer pending (status ${status})`,
      );
      expect(error.message).toMatch(explanation);
      expect(verify.received().map(({ request, status }) => ({ request, status }))).toEqual([
        { request: `POST ${verify.checkPath}`, status: 404 },
        { request: `GET ${verify.verificationsPath}/jane%40example.com`, status: 200 },
      ]);
    });

    it("reads the verification's status back by To after a check Twilio answers 404 for", async () => {
      await send(PHONE, { customCode: RIGHT_CODE });
      await check({ to: PHONE, code: RIGHT_CODE });
      verify.forgetRequests();

      const error = await failureOf(check({ to: PHONE, code: RIGHT_CODE }));

      expect(error.message).toMatch(/no longer pending/);
      expect(verify.received().map(({ request, status }) => ({ request, status }))).toEqual([
        { request: `POST ${verify.checkPath}`, status: 404 },
        { request: `GET ${verify.verificationsPath}/%2B15558675310`, status: 200 },
      ]);
    });

    it("says every reason Twilio drops a verification, and to send a new code, when the status is gone too", async () => {
      const error = await failureOf(check({ verificationSid: VERIFICATION_SID, code: "123456" }));

      expect(error.message).toContain(
        `verification ${VERIFICATION_SID} on Verify Service ${verify.serviceSid} is no longer pending, so no code can be checked against it`,
      );
      expect(error.message).toMatch(/expired \(10 minutes by default\), was already approved, ran out of attempts or was canceled/);
      expect(error.message).toMatch(/Send a new code with Send Verification Code/);
    });

    it("fails on too many checks (60202) with what to do, and never retries it", async () => {
      await send(PHONE, { customCode: RIGHT_CODE });
      for (let attempt = 0; attempt < 5; attempt++) await check({ to: PHONE, code: "000000" });
      verify.forgetRequests();

      const error = await failureOf(check({ to: PHONE, code: "123456" }));

      expect(error.message).toMatch(/Twilio error 60202 \(HTTP 429\).*too many wrong codes.*Send a new code/);
      expect(verify.received()).toHaveLength(1);
    });

    it.each([
      ["neither To nor Verification SID", {}, /Input "To": expected the phone number or e-mail address/],
      ["both To and Verification SID", { to: PHONE, verificationSid: VERIFICATION_SID }, /Input "Verification SID": expected to be empty/],
      ["a malformed Verification SID", { verificationSid: "VE123" }, /Input "Verification SID"/],
      ["a code with spaces", { to: PHONE, code: "12 34" }, /Input "Code"/],
      ["no code", { to: PHONE, code: "" }, /Input "Code"/],
    ])("rejects %s before any request", async (_name, params, message) => {
      const error = await failureOf(check({ code: "123456", ...params }));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toMatch(message);
      expect(verify.received()).toHaveLength(0);
    });
  });

  describe("cancelVerification", () => {
    it("cancels by Verification SID and by e-mail address", async () => {
      const sid = await send(PHONE);
      await send(EMAIL);
      for (const target of [{ verificationSid: sid }, { to: EMAIL }]) {
        const result = await cancel(target);
        expect(result.sid).toMatch(/^VE/);
      }
    });

    it("posts Status=canceled to the verification, named by SID", async () => {
      const sid = await send(PHONE);
      verify.forgetRequests();

      const result = await cancel({ verificationSid: sid });

      const [request] = verify.received();
      expect(request.request).toBe(`POST ${verify.verificationsPath}/${sid}`);
      expect(request.form).toEqual({ Status: "canceled" });
      expect(result.status).toBe("canceled");
    });

    it("says there is nothing to cancel once the verification is no longer pending", async () => {
      await send(PHONE, { customCode: RIGHT_CODE });
      await check({ to: PHONE, code: RIGHT_CODE });

      const error = await failureOf(cancel({ to: PHONE }));

      expect(error.message).toMatch(/no longer pending \(status approved\), so there is nothing to cancel\. It was already approved/);
    });
  });
});
