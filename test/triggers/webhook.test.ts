import type { TriggerPayload } from "@prismatic-io/spectral";
import MessagingResponse from "twilio/lib/twiml/MessagingResponse";
import { getExpectedBodyHash, getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import { InputError } from "../../src/client/transport/errors";
import { TwilioSignatureError } from "../../src/client/webhooks/signature";
import { useInstantWaits } from "../support/fakeClock";
import { ACCOUNT_SID, AUTH_TOKEN, apiKeyConnection, authTokenConnection, failureOf, harness, recordingLogger } from "../support/harness";
import { sharedSandbox, startTestSandbox } from "../support/sandbox";
import { changeNumberInConsole, numberNow } from "./support/console";

const FLOW_NAME = "Incoming SMS";
const FLOW_URL = "https://hooks.example.prismatic.io/trigger/SW5zdGFuY2VGbG93Q29uZmln";
// No request leaves the process while checking signatures, so the connection's base URL is never used.
const UNUSED_BASE_URL = "http://127.0.0.1:9";

// twilio-node's published vectors (spec/validation.spec.js in the twilio-node repository).
const VECTOR_TOKEN = "12345";
const VECTOR_URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
const VECTOR_PARAMS = {
  CallSid: "CA1234567890ABCDE",
  Caller: "+14158675309",
  Digits: "1234",
  From: "+14158675309",
  To: "+18005551212",
};
const VECTOR_SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
const VECTOR_JSON_BODY = '{"property": "value", "boolean": true}';
const VECTOR_BODY_HASH = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";
const VECTOR_JSON_SIGNATURE = "a9nBmqA0ju/hNViExpshrM61xv4=";

const INCOMING_SMS = {
  MessageSid: `SM${"7a9d0c7e3b1f4e5a".repeat(2)}`,
  AccountSid: ACCOUNT_SID,
  From: "+15558675310",
  To: "+15017122661",
  Body: "Yes & <please> deliver after 5pm",
  NumMedia: "0",
  SmsStatus: "received",
};

interface TwilioCall {
  /** The URL configured at Twilio, which Twilio calls (query string included) and signs. */
  url: string;
  body: string;
  headers: Record<string, string>;
  contentType?: string;
  flowUrl?: string;
}

function formBody(params: Record<string, string | string[]>): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const item of [value].flat()) form.append(key, item);
  return form.toString();
}

/** The payload the platform builds from Twilio's request. Both rawBody and body are set (spectral's default swaps them). */
function payloadFor({
  url,
  body,
  headers,
  contentType = "application/x-www-form-urlencoded",
  flowUrl = url.split("?")[0],
}: TwilioCall): Partial<TriggerPayload> {
  const query = new URL(url).searchParams;
  return {
    headers: { "Content-Type": contentType, ...headers },
    queryParameters: Object.fromEntries(query),
    rawBody: { data: Buffer.from(body), contentType },
    body: { data: Buffer.from(body), contentType },
    webhookUrls: { [FLOW_NAME]: flowUrl },
    invokeUrl: url,
    flow: { id: "flowId", name: FLOW_NAME, stableId: "incoming-sms" },
  };
}

function signedForm(
  params: Record<string, string | string[]>,
  { url = FLOW_URL, token = AUTH_TOKEN, signedUrl }: { url?: string; token?: string; signedUrl?: string } = {},
): TwilioCall {
  const signed = signedUrl ?? url;
  return {
    url,
    body: formBody(params),
    headers: {
      "X-Twilio-Signature": getExpectedTwilioSignature(token, signed, params),
    },
  };
}

interface WebhookOutput {
  payload: TriggerPayload & {
    fields: Record<string, unknown>;
    eventType: string;
    idempotencyToken: string | null;
    signatureVerified: boolean;
  };
  response: { statusCode: number; contentType: string; body: string };
}

const runWebhook = async (call: TwilioCall, params: Record<string, unknown> = {}) =>
  (await harness.trigger("webhook", payloadFor(call), {
    connection: authTokenConnection(UNUSED_BASE_URL),
    ...params,
  })) as WebhookOutput;

async function rejection(call: TwilioCall, params: Record<string, unknown> = {}): Promise<Error> {
  const error = await failureOf(runWebhook(call, params));
  expect(error).toBeInstanceOf(TwilioSignatureError);
  expect(error.message).not.toContain(AUTH_TOKEN);
  return error;
}

describe("webhook trigger: signatures, with twilio-node as the oracle", () => {
  useInstantWaits();
  it("accepts twilio-node's published form vector", async () => {
    const { payload } = await runWebhook(
      {
        url: VECTOR_URL,
        body: formBody(VECTOR_PARAMS),
        headers: { "X-Twilio-Signature": VECTOR_SIGNATURE },
      },
      {
        connection: authTokenConnection(UNUSED_BASE_URL, {
          password: VECTOR_TOKEN,
        }),
      },
    );
    expect(payload.fields).toEqual(VECTOR_PARAMS);
    expect(payload.signatureVerified).toBe(true);
  });

  it("accepts twilio-node's published JSON vector, signed through bodySHA256", async () => {
    const { payload } = await runWebhook(
      {
        url: `${VECTOR_URL}&bodySHA256=${VECTOR_BODY_HASH}`,
        body: VECTOR_JSON_BODY,
        contentType: "application/json",
        headers: { "X-Twilio-Signature": VECTOR_JSON_SIGNATURE },
      },
      {
        connection: authTokenConnection(UNUSED_BASE_URL, {
          password: VECTOR_TOKEN,
        }),
      },
    );
    expect(payload.fields).toEqual({ property: "value", boolean: true });
  });

  it("outputs the fields, the kind of event and the idempotency token of an incoming message", async () => {
    const call = signedForm(INCOMING_SMS);
    call.headers["I-Twilio-Idempotency-Token"] = "5f2c8a1e-0b7d-4c39-9a61-3e4d2f7b8c90";
    const { payload } = await runWebhook(call);
    expect(payload.fields).toEqual(INCOMING_SMS);
    expect(payload.eventType).toBe("incomingMessage");
    expect(payload.idempotencyToken).toBe("5f2c8a1e-0b7d-4c39-9a61-3e4d2f7b8c90");
    expect(payload.webhookUrls).toEqual({ [FLOW_NAME]: FLOW_URL });
  });

  it("recognises a delivery-status callback", async () => {
    const { payload } = await runWebhook(
      signedForm({
        MessageSid: INCOMING_SMS.MessageSid,
        MessageStatus: "delivered",
        SmsStatus: "delivered",
      }),
    );
    expect(payload.eventType).toBe("statusCallback");
    expect(payload.idempotencyToken).toBeNull();
  });

  it.each(["x-twilio-signature", "X-TWILIO-SIGNATURE", "X-Twilio-Signature"])("matches the header %s in any letter case", async (name) => {
    const { body, url } = signedForm(INCOMING_SMS);
    const { payload } = await runWebhook({
      url,
      body,
      headers: {
        [name]: getExpectedTwilioSignature(AUTH_TOKEN, url, INCOMING_SMS),
      },
    });
    expect(payload.signatureVerified).toBe(true);
  });

  it("keeps repeated fields as arrays and validates them as Twilio signs them", async () => {
    const params = {
      ...INCOMING_SMS,
      NumMedia: "2",
      MediaUrl: ["https://api.twilio.com/media/b", "https://api.twilio.com/media/a"],
    };
    const { payload } = await runWebhook(signedForm(params));
    expect(payload.fields.MediaUrl).toEqual(["https://api.twilio.com/media/b", "https://api.twilio.com/media/a"]);
  });

  it("validates against the flow URL plus the request's query string", async () => {
    const url = `${FLOW_URL}?tenant=acme&region=eu`;
    const { payload } = await runWebhook(signedForm(INCOMING_SMS, { url }));
    expect(payload.signatureVerified).toBe(true);
  });

  it.each([
    ["signed with the port, configured without", "https://hooks.example.com:443/t/1", "https://hooks.example.com/t/1"],
    ["signed without the port, configured with", "https://hooks.example.com/t/1", "https://hooks.example.com:443/t/1"],
    ["a non-default port on both", "https://hooks.example.com:8443/t/1", "https://hooks.example.com:8443/t/1"],
  ])("accepts a URL %s", async (_case, signedUrl, configuredUrl) => {
    const call = signedForm(INCOMING_SMS, { url: configuredUrl, signedUrl });
    await expect(runWebhook(call)).resolves.toBeDefined();
  });

  it("accepts a GET webhook, whose fields travel in the query string", async () => {
    const url = `${FLOW_URL}?${formBody(INCOMING_SMS)}`;
    const { payload } = await runWebhook({
      url,
      body: "",
      headers: {
        "X-Twilio-Signature": getExpectedTwilioSignature(AUTH_TOKEN, url, {}),
      },
    });
    expect(payload.fields).toEqual(INCOMING_SMS);
  });

  it("outputs the fields of the URL whose signature matched, not those of an unsigned query string", async () => {
    const signedUrl = `${FLOW_URL}?${formBody(INCOMING_SMS)}`;
    const forged = { ...INCOMING_SMS, Body: "Send the package to 1 Fake Street" };
    const payload = {
      ...payloadFor({
        url: signedUrl,
        body: "",
        headers: { "X-Twilio-Signature": getExpectedTwilioSignature(AUTH_TOKEN, signedUrl, {}) },
      }),
      // The raw query disagrees with the parsed one, and only the parsed one is signed.
      invokeUrl: `${FLOW_URL}?${formBody(forged)}`,
    };
    const { payload: output } = (await harness.trigger("webhook", payload, {
      connection: authTokenConnection(UNUSED_BASE_URL),
    })) as WebhookOutput;
    expect(output.fields).toEqual(INCOMING_SMS);
  });

  it("reads a body as JSON only when the URL whose signature matched carries bodySHA256", async () => {
    const call = signedForm(INCOMING_SMS);
    const payload = { ...payloadFor(call), invokeUrl: `${FLOW_URL}?bodySHA256=${getExpectedBodyHash(call.body)}` };
    const { payload: output } = (await harness.trigger("webhook", payload, {
      connection: authTokenConnection(UNUSED_BASE_URL),
    })) as WebhookOutput;
    expect(output.fields).toEqual(INCOMING_SMS);
  });

  it("checks against the Public Webhook URL when Twilio calls a proxy", async () => {
    const proxyUrl = "https://twilio-hooks.example.com/prismatic/inbound";
    const call = {
      ...signedForm(INCOMING_SMS, { url: `${proxyUrl}?x=1` }),
      flowUrl: FLOW_URL,
    };
    await rejection(call);
    const { payload } = await runWebhook(call, { publicUrl: proxyUrl });
    expect(payload.signatureVerified).toBe(true);
  });

  it("works with the API Key connection's optional Auth Token", async () => {
    const { payload } = await runWebhook(signedForm(INCOMING_SMS), {
      connection: apiKeyConnection(UNUSED_BASE_URL, { authToken: AUTH_TOKEN }),
    });
    expect(payload.signatureVerified).toBe(true);
  });
});

describe("webhook trigger: fails closed", () => {
  it("rejects a tampered body", async () => {
    const call = signedForm(INCOMING_SMS);
    call.body = formBody({
      ...INCOMING_SMS,
      Body: "Send the package to 1 Fake Street",
    });
    expect((await rejection(call)).message).toContain("does not match");
  });

  it("rejects a request signed for another URL", async () => {
    await rejection(
      signedForm(INCOMING_SMS, {
        signedUrl: "https://attacker.example.com/trigger/SW5zdGFuY2VGbG93Q29uZmln",
      }),
    );
  });

  it("rejects a request signed for another query string", async () => {
    await rejection(
      signedForm(INCOMING_SMS, {
        url: `${FLOW_URL}?tenant=victim`,
        signedUrl: `${FLOW_URL}?tenant=attacker`,
      }),
    );
  });

  it("rejects a signature made with another token", async () => {
    await rejection(signedForm(INCOMING_SMS, { token: "0123456789abcdef0123456789abcdef" }));
  });

  it("rejects a request without a signature", async () => {
    const { url, body } = signedForm(INCOMING_SMS);
    expect((await rejection({ url, body, headers: {} })).message).toContain("no X-Twilio-Signature header");
  });

  it("rejects a JSON body whose hash does not match bodySHA256", async () => {
    const url = `${FLOW_URL}?bodySHA256=${getExpectedBodyHash('{"EventType":"onMessageAdded"}')}`;
    await rejection({
      url,
      body: '{"EventType":"onMessageRemoved"}',
      contentType: "application/json",
      headers: {
        "X-Twilio-Signature": getExpectedTwilioSignature(AUTH_TOKEN, url, {}),
      },
    });
  });

  it("rejects every request when the connection has no Auth Token to check with", async () => {
    const error = await rejection(signedForm(INCOMING_SMS), {
      connection: apiKeyConnection(UNUSED_BASE_URL),
    });
    expect(error.message).toContain("Auth Token (for webhooks)");
  });

  it("rejects a body the platform only passed on parsed", async () => {
    const call = signedForm(INCOMING_SMS);
    const payload = {
      ...payloadFor(call),
      rawBody: { data: { ...INCOMING_SMS } },
      body: { data: { ...INCOMING_SMS } },
    };
    const error = await failureOf(
      harness.trigger("webhook", payload, {
        connection: authTokenConnection(UNUSED_BASE_URL),
      }),
    );
    expect(error).toBeInstanceOf(TwilioSignatureError);
  });

  it("accepts unsigned requests only when explicitly told to, and says so in the output", async () => {
    const { url, body } = signedForm(INCOMING_SMS);
    const { payload } = await runWebhook({ url, body, headers: {} }, { acceptUnverifiedRequests: true });
    expect(payload.signatureVerified).toBe(false);
    expect(payload.fields).toEqual(INCOMING_SMS);
  });
});

describe("webhook trigger: answers Twilio with TwiML", () => {
  it("answers an empty <Response/> as text/xml by default", async () => {
    const { response } = await runWebhook(signedForm(INCOMING_SMS));
    expect(response).toEqual({
      statusCode: 200,
      contentType: "text/xml",
      body: new MessagingResponse().toString(),
    });
  });

  it("answers the reply message, XML-escaped exactly as twilio-node's MessagingResponse does", async () => {
    const reply = 'Thanks & see you <soon> "Jane"\r\nReply STOP to opt out';
    const expected = new MessagingResponse();
    expected.message(reply);
    const { response } = await runWebhook(signedForm(INCOMING_SMS), {
      replyMessage: reply,
    });
    expect(response.body).toBe(expected.toString());
  });

  it("refuses a reply longer than Twilio allows, naming the input", async () => {
    const error = await failureOf(runWebhook(signedForm(INCOMING_SMS), { replyMessage: "x".repeat(1601) }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Reply Message"');
  });
});

describe("webhook trigger: points a phone number at the flow", () => {
  const PHONE = "+15017122661";
  const CUSTOMER_URL = "https://customer.example.com/sms";
  const NUMBERS_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/IncomingPhoneNumbers`;
  /** The sandbox Twilio the account and its number live on, emptied before each test. */
  let numberSid: string;
  const on = sharedSandbox();
  beforeEach(async () => {
    on.sandbox.reset();
    const number = await on.sandbox.control("POST", "numbers", { PhoneNumber: PHONE, SmsUrl: CUSTOMER_URL, SmsMethod: "GET" });
    numberSid = (number as { sid: string }).sid;
  });
  const number = () => numberNow(on.sandbox, numberSid);

  const context = (instanceState: Record<string, unknown> = {}) => ({
    instanceState,
    webhookUrls: { [FLOW_NAME]: FLOW_URL },
    flow: { id: "flowId", name: FLOW_NAME, stableId: "incoming-sms" },
  });
  const params = (phoneNumber: string) => ({
    connection: authTokenConnection(on.sandbox.url),
    phoneNumber,
  });
  const deploy = async (phoneNumber: string, instanceState?: Record<string, unknown>) =>
    (await harness.triggerOnInstanceDeploy("webhook", params(phoneNumber), context(instanceState)))?.instanceState ?? {};
  const remove = (phoneNumber: string, instanceState: Record<string, unknown>) =>
    harness.triggerOnInstanceDelete("webhook", params(phoneNumber), context(instanceState));
  const updates = () => on.sandbox.requests.filter((req) => req.method === "POST");

  it("points the number at the flow on deploy and puts the previous URL back on delete", async () => {
    const state = await deploy("+1 (501) 712-2661");
    expect(await number()).toMatchObject({ sms_url: FLOW_URL, sms_method: "POST" });
    await remove(PHONE, state);
    expect(await number()).toMatchObject({ sms_url: CUSTOMER_URL, sms_method: "GET" });
  });

  it("accepts the number's SID", async () => {
    await deploy(numberSid);
    expect((await number()).sms_url).toBe(FLOW_URL);
    expect(on.sandbox.requests.some((req) => req.path === `${NUMBERS_PATH}.json`)).toBe(false);
  });

  it("leaves the number alone on delete when someone changed it in between", async () => {
    const state = await deploy(PHONE);
    changeNumberInConsole(on.sandbox, numberSid, { SmsUrl: "https://someone-else.example.com/sms" });
    const before = updates().length;
    await remove(PHONE, state);
    expect((await number()).sms_url).toBe("https://someone-else.example.com/sms");
    expect(updates()).toHaveLength(before);
  });

  it("remembers the URL from before the first deploy across redeploys", async () => {
    const first = await deploy(PHONE);
    const second = await deploy(PHONE, first);
    await remove(PHONE, second);
    expect(await number()).toMatchObject({ sms_url: CUSTOMER_URL, sms_method: "GET" });
  });

  it("leaves the number alone on delete when it already pointed at the flow before registering, and says why", async () => {
    // The instance state was lost (or the flow reinstalled): the number points here, and nothing says what it had before.
    changeNumberInConsole(on.sandbox, numberSid, { SmsUrl: FLOW_URL, SmsMethod: "POST" });
    const state = await deploy(PHONE);
    expect(state.twilioSmsUrlRegistration).toMatchObject({ previousSmsUrl: null, previousSmsMethod: null });
    const before = updates().length;
    const { lines, logger } = recordingLogger();
    await harness.triggerOnInstanceDelete("webhook", params(PHONE), { ...context(state), logger });
    expect(updates()).toHaveLength(before);
    expect((await number()).sms_url).toBe(FLOW_URL);
    expect(lines.join("\n")).toContain("the URL it had before is unknown");
  });

  it("keeps the previous URL unknown across redeploys", async () => {
    changeNumberInConsole(on.sandbox, numberSid, { SmsUrl: FLOW_URL });
    const first = await deploy(PHONE);
    const second = await deploy(PHONE, first);
    expect(second.twilioSmsUrlRegistration).toMatchObject({ previousSmsUrl: null });
  });

  it.each(["whatsapp:+15017122661", "501 712 2661", "+1501712266x"])(
    "refuses %s as the number to register, naming the input, before any request",
    async (phoneNumber) => {
      const error = await failureOf(deploy(phoneNumber));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toContain('Input "Phone Number to Register"');
      expect(error.message).toContain("E.164");
      expect(on.sandbox.requests).toHaveLength(0);
    },
  );

  it("names the input when the account has no such number, before changing anything", async () => {
    const error = await failureOf(deploy("+15550000000"));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Phone Number to Register"');
    expect(updates()).toHaveLength(0);
  });

  it("says at deploy time that the flow has no webhook URL, before any request", async () => {
    const noUrl = { instanceState: {}, webhookUrls: {}, flow: { id: "flowId", name: FLOW_NAME, stableId: "incoming-sms" } };
    const error = await failureOf(harness.triggerOnInstanceDeploy("webhook", params(PHONE), noUrl));
    expect(error.message).toMatch(
      /^Could not point \+15017122661 at this flow while deploying the instance: the flow has no webhook URL\./,
    );
    expect(error.message).toContain('"Public Webhook URL"');
    expect(error.message).not.toMatch(/signature/i);
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("does nothing on delete when it registered nothing", async () => {
    await remove("", {});
    expect(on.sandbox.requests).toHaveLength(0);
  });
});

describe("webhook trigger: registration requests against Twilio's official spec", () => {
  it("fetches and updates the number in the shape the spec accepts", async () => {
    const twilio = await startTestSandbox();
    const number = (await twilio.control("POST", "numbers", { PhoneNumber: "+15017122661" })) as { sid: string };
    const result = await harness.triggerOnInstanceDeploy(
      "webhook",
      {
        connection: authTokenConnection(twilio.url),
        phoneNumber: number.sid,
      },
      {
        instanceState: {},
        webhookUrls: { [FLOW_NAME]: FLOW_URL },
        flow: { id: "flowId", name: FLOW_NAME, stableId: "incoming-sms" },
      },
    );
    expect(result?.instanceState?.twilioSmsUrlRegistration).toMatchObject({
      registeredUrl: FLOW_URL,
    });
    await twilio.close();
  });
});

describe("webhook trigger: redelivered webhooks", () => {
  // Sync is the default store and the connection leads nowhere: its retries fail at once, and the flow's state decides.
  useInstantWaits();
  const TOKEN = "5f2c8a1e-0b7d-4c39-9a61-3e4d2f7b8c90";
  const delivery = (instanceState: Record<string, unknown>, token = TOKEN) => {
    const call = signedForm(INCOMING_SMS);
    return harness.trigger(
      "webhook",
      payloadFor({ ...call, headers: { ...call.headers, "I-Twilio-Idempotency-Token": token } }),
      { connection: authTokenConnection(UNUSED_BASE_URL) },
      { instanceState },
    ) as Promise<WebhookOutput & { payload: { redelivered: boolean }; instanceState?: Record<string, unknown> }>;
  };

  it("says whether this delivery was seen before, by Twilio's idempotency token", async () => {
    const first = await delivery({});
    const again = await delivery(first.instanceState ?? {});
    const another = await delivery(again.instanceState ?? {}, "0b7d5f2c-8a1e-4c39-9a61-3e4d2f7b8c91");

    expect([first.payload.redelivered, again.payload.redelivered, another.payload.redelivered]).toEqual([false, true, false]);
    expect(again.response.body).toBe(first.response.body);
  });

  it("with a send keyed by that token, a redelivery texts nobody twice", async () => {
    const server = await startTestSandbox();
    try {
      const sendReply = (instanceState: Record<string, unknown>, token: string) =>
        harness.action(
          "sendSMS",
          {
            twilioConnection: authTokenConnection(server.url),
            to: "+15558675310",
            from: "+15017122661",
            message: "Got it!",
            idempotencyKey: token,
            idempotencyStore: "flowState",
          },
          { instanceState },
        ) as Promise<{ data: { sid: string; replayed: boolean }; instanceState?: Record<string, unknown> }>;
      // Prismatic gives the flow's steps one state: the trigger's and the send's entries live side by side.
      const firstDelivery = await delivery({});
      const firstSend = await sendReply(firstDelivery.instanceState ?? {}, firstDelivery.payload.idempotencyToken ?? "");
      const redelivery = await delivery(firstSend.instanceState ?? {});
      const secondSend = await sendReply(redelivery.instanceState ?? {}, redelivery.payload.idempotencyToken ?? "");

      expect(redelivery.payload.redelivered).toBe(true);
      expect(secondSend.data).toMatchObject({ sid: firstSend.data.sid, replayed: true });
      expect(server.created).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it("a delivery without a token is not remembered and is never called a redelivery", async () => {
    const result = (await harness.trigger(
      "webhook",
      payloadFor(signedForm(INCOMING_SMS)),
      { connection: authTokenConnection(UNUSED_BASE_URL) },
      {
        instanceState: {},
      },
    )) as WebhookOutput & { payload: { redelivered: boolean }; instanceState?: Record<string, unknown> };
    expect(result.payload.redelivered).toBe(false);
    expect(result.instanceState).toBeUndefined();
  });
});
