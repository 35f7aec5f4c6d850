import { InputError } from "../../../src/client/transport/errors";
import { authTokenConnection, contractUrl, failureOf, harness } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer, twilioErrorBody } from "../../support/loopback";
import { SERVICE_SID, VERIFICATIONS_PATH, verificationBody } from "./support";

const send = async (baseUrl: string, params: Record<string, unknown>) =>
  (
    (await harness.action("sendVerification", {
      twilioConnection: authTokenConnection(baseUrl),
      verifyServiceSid: SERVICE_SID,
      ...params,
    })) as { data: Record<string, unknown> }
  ).data;

describe("sendVerification against Twilio's official spec", () => {
  it("sends a code with every optional input the action offers", async () => {
    const verification = await send(contractUrl(), {
      to: "+15558675310",
      channel: "sms",
      locale: "pt-BR",
      customFriendlyName: "Acme",
      customCode: "867530",
      templateSid: `HJ${"ab".repeat(16)}`,
    });
    expect(verification).toEqual(expect.objectContaining({ sid: expect.stringMatching(/^VE/), status: expect.any(String) }));
  });

  it("sends a code by e-mail", async () => {
    const verification = await send(contractUrl(), { to: "jane@example.com", channel: "email" });
    expect(verification.sid).toMatch(/^VE/);
  });
});

describe("sendVerification over HTTP", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());

  it("posts To, Channel and the options to the service's Verifications on verify.twilio.com", async () => {
    server = await startLoopbackServer(() => ({ status: 201, json: verificationBody() }));

    const verification = await send(server.url, {
      to: "555 867 5310",
      defaultCountryCode: "+1",
      channel: "call",
      locale: "es",
      customFriendlyName: "Acme",
    });

    const [request] = server.requests;
    expect(`${request.method} ${request.path}`).toBe(`POST ${VERIFICATIONS_PATH}`);
    expect(Object.fromEntries(request.form)).toEqual({ To: "+15558675310", Channel: "call", Locale: "es", CustomFriendlyName: "Acme" });
    expect(verification).toEqual(
      expect.objectContaining({
        sid: expect.stringMatching(/^VE/),
        serviceSid: SERVICE_SID,
        status: "pending",
        dateCreated: "2026-11-20T16:04:31.000Z",
      }),
    );
  });

  it.each([
    [60203, "Max send attempts reached", /Wait 10 minutes/],
    [60212, "Too many concurrent requests for phone number", /Cancel Verification/],
  ])("fails on Verify's limit %s with what to do, and never retries it", async (code, message, fix) => {
    server = await startLoopbackServer(() => ({ status: 429, headers: { "retry-after": "0" }, json: twilioErrorBody(code, message, 429) }));

    const error = await failureOf(send(server.url, { to: "+15558675310" }));

    expect(error.message).toContain(`Twilio error ${code} (HTTP 429)`);
    expect(error.message).toMatch(fix);
    expect(error.message).toMatch(/do not retry/);
    expect(server.requests).toHaveLength(1);
  });

  it("says a landline cannot get an SMS code and to call instead (60205)", async () => {
    server = await startLoopbackServer(() => ({
      status: 400,
      json: twilioErrorBody(60205, "SMS is not supported by landline phone number", 400),
    }));

    const error = await failureOf(send(server.url, { to: "+15558675310" }));

    expect(error.message).toMatch(/60205.*set "Channel" to call/);
  });

  it("does not resend a code after a 500: Twilio may have sent it", async () => {
    server = await startLoopbackServer(() => ({ status: 500, json: twilioErrorBody(20500, "Internal Server Error", 500) }));

    await failureOf(send(server.url, { to: "+15558675310" }));

    expect(server.requests).toHaveLength(1);
  });
});

describe("sendVerification bad input, caught before any request", () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer(() => ({ status: 500, body: "must not be called" }));
  });
  afterAll(() => server.close());

  it.each([
    ["an e-mail address for SMS", { to: "jane@example.com", channel: "sms" }, /Input "To": expected a phone number for the sms channel/],
    ["a phone number for e-mail", { to: "+15558675310", channel: "email" }, /Input "To": expected an e-mail address/],
    ["a malformed e-mail address", { to: "jane@example", channel: "email" }, /Input "To": expected an e-mail address/],
    ["a WhatsApp channel address", { to: "whatsapp:+15558675310", channel: "whatsapp" }, /without a channel prefix/],
    ["a national number without Default Country Code", { to: "555 867 5310" }, /Default Country Code/],
    ["an unknown channel", { to: "+15558675310", channel: "pigeon" }, /Input "Channel": expected sms, call, whatsapp, email/],
    ["a malformed service SID", { to: "+15558675310", verifyServiceSid: "VA../../Accounts" }, /Input "Verify Service"/],
    ["a malformed template SID", { to: "+15558675310", templateSid: "HJ123" }, /Input "Template SID"/],
    ["a malformed locale", { to: "+15558675310", locale: "Spanish" }, /Input "Locale"/],
  ])("rejects %s", async (_name, params, message) => {
    const error = await failureOf(send(server.url, params));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });
});
