import { InputError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { codeSentTo, SANDBOX_NOW, useVerifySandbox } from "./support";

const PHONE = "+15558675310";

describe("sendVerification on the sandbox Twilio, held to Twilio's official spec", () => {
  const verify = useVerifySandbox();
  const send = (params: Record<string, unknown>) => verify.run("sendVerification", params);

  it("sends a code with every optional input the action offers", async () => {
    const verification = await send({
      to: PHONE,
      channel: "sms",
      locale: "pt-BR",
      customFriendlyName: "Acme",
      customCode: "867530",
      templateSid: `HJ${"ab".repeat(16)}`,
    });
    expect(verification).toEqual(expect.objectContaining({ sid: expect.stringMatching(/^VE/), status: expect.any(String) }));
    expect(await codeSentTo(verify, PHONE)).toBe("867530");
  });

  it("sends a code by e-mail", async () => {
    const verification = await send({ to: "jane@example.com", channel: "email" });
    expect(verification.sid).toMatch(/^VE/);
    expect(await codeSentTo(verify, "jane@example.com")).toMatch(/^\d{6}$/);
  });

  it("posts To, Channel and the options to the service's Verifications on verify.twilio.com", async () => {
    const verification = await send({
      to: "555 867 5310",
      defaultCountryCode: "+1",
      channel: "call",
      locale: "es",
      customFriendlyName: "Acme",
    });

    const [request] = verify.received();
    expect(request.request).toBe(`POST ${verify.verificationsPath}`);
    expect(request.form).toEqual({ To: PHONE, Channel: "call", Locale: "es", CustomFriendlyName: "Acme" });
    expect(verification).toEqual(
      expect.objectContaining({
        sid: expect.stringMatching(/^VE/),
        serviceSid: verify.serviceSid,
        status: "pending",
        dateCreated: new Date(SANDBOX_NOW).toISOString(),
      }),
    );
  });

  it.each([
    [
      60203,
      /Wait 10 minutes/,
      // Twilio's own limit: five sends of the same verification, the sixth is refused.
      async () => {
        for (let attempt = 0; attempt < 5; attempt++) await send({ to: PHONE });
      },
    ],
    [
      60212,
      /Cancel Verification/,
      async () => verify.sandbox.faults.set([{ kind: "429", code: 60212, method: "POST", path: "Verifications$", times: 1 }]),
    ],
  ])("fails on Verify's limit %s with what to do, and never retries it", async (code, fix, reachLimit) => {
    await reachLimit();
    verify.forgetRequests();

    const error = await failureOf(send({ to: PHONE }));

    expect(error.message).toContain(`Twilio error ${code} (HTTP 429)`);
    expect(error.message).toMatch(fix);
    expect(error.message).toMatch(/do not retry/);
    expect(verify.received()).toHaveLength(1);
  });

  it("says a landline cannot get an SMS code and to call instead (60205)", async () => {
    verify.sandbox.faults.set([{ kind: "refused", code: 60205, method: "POST", path: "Verifications$" }]);

    const error = await failureOf(send({ to: PHONE }));

    expect(error.message).toMatch(/60205.*set "Channel" to call/);
  });

  it("does not resend a code after a 500: Twilio may have sent it", async () => {
    verify.sandbox.faults.set([{ kind: "500-after", method: "POST", path: "Verifications$" }]);

    await failureOf(send({ to: PHONE }));

    expect(verify.received()).toHaveLength(1);
    expect(await codeSentTo(verify, PHONE)).toMatch(/^\d{6}$/);
  });

  describe("bad input, caught before any request", () => {
    it.each([
      ["an e-mail address for SMS", { to: "jane@example.com", channel: "sms" }, /Input "To": expected a phone number for the sms channel/],
      ["a phone number for e-mail", { to: PHONE, channel: "email" }, /Input "To": expected an e-mail address/],
      ["a malformed e-mail address", { to: "jane@example", channel: "email" }, /Input "To": expected an e-mail address/],
      ["a WhatsApp channel address", { to: "whatsapp:+15558675310", channel: "whatsapp" }, /without a channel prefix/],
      ["a national number without Default Country Code", { to: "555 867 5310" }, /Default Country Code/],
      ["an unknown channel", { to: PHONE, channel: "pigeon" }, /Input "Channel": expected sms, call, whatsapp, email/],
      ["a malformed service SID", { to: PHONE, verifyServiceSid: "VA../../Accounts" }, /Input "Verify Service"/],
      ["a malformed template SID", { to: PHONE, templateSid: "HJ123" }, /Input "Template SID"/],
      ["a malformed locale", { to: PHONE, locale: "Spanish" }, /Input "Locale"/],
    ])("rejects %s", async (_name, params, message) => {
      const error = await failureOf(send(params));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toMatch(message);
      expect(verify.received()).toHaveLength(0);
    });
  });
});
