import { getExpectedBodyHash, getExpectedTwilioSignature, validateRequest } from "twilio/lib/webhooks/webhooks";
import { configuredWebhookUrl, readTwilioWebhook, TwilioSignatureError, type WebhookCheck } from "../../../src/client/webhooks/signature";
import { AUTH_TOKEN } from "../../support/harness";
import { sequence } from "../../triggers/support/sequence";
import { FLOW, FLOW_URL, form, MESSAGE, payload } from "../../triggers/support/signedRequest";

const CHECK: WebhookCheck = { authToken: AUTH_TOKEN, skipVerification: false };

function rejection(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the request to be rejected");
}

describe("readTwilioWebhook: requests Twilio signed (twilio-node computes the signatures)", () => {
  it("reads a signed form POST: its fields, its event type and the idempotency token", () => {
    const event = readTwilioWebhook(payload({ body: form(MESSAGE), headers: { "I-Twilio-Idempotency-Token": "token-1" } }), CHECK);
    expect(event).toEqual({ fields: MESSAGE, eventType: "incomingMessage", idempotencyToken: "token-1", signatureVerified: true });
  });

  it("reads a repeated field as an array, signed the way twilio-node signs arrays", () => {
    const body = "To=%2B15017122661&MediaUrl=https%3A%2F%2Fa.example%2F1&MediaUrl=https%3A%2F%2Fa.example%2F2";
    const signature = getExpectedTwilioSignature(AUTH_TOKEN, FLOW_URL, {
      To: "+15017122661",
      MediaUrl: ["https://a.example/1", "https://a.example/2"],
    });
    const { fields } = readTwilioWebhook(payload({ body, signature }), CHECK);
    expect(fields).toEqual({ To: "+15017122661", MediaUrl: ["https://a.example/1", "https://a.example/2"] });
  });

  it("reads a signed query string along with the body, from the raw invoke URL", () => {
    const url = `${FLOW_URL}?source=sms&note=a%20b`;
    const event = readTwilioWebhook(payload({ url, body: form(MESSAGE) }), CHECK);
    expect(event.signatureVerified).toBe(true);
    expect(event.fields).toEqual(MESSAGE);
  });

  it("reads a GET webhook, whose parameters are in the signed URL", () => {
    const url = `${FLOW_URL}?${form({ CallSid: `CA${"1".repeat(32)}`, CallStatus: "ringing" })}`;
    const event = readTwilioWebhook(payload({ url, signature: getExpectedTwilioSignature(AUTH_TOKEN, url, {}) }), CHECK);
    expect(event).toMatchObject({ fields: { CallSid: `CA${"1".repeat(32)}`, CallStatus: "ringing" }, eventType: "incomingCall" });
  });

  it("reads a JSON body whose hash Twilio put in the URL (bodySHA256)", () => {
    const body = JSON.stringify({ type: "com.twilio.messaging.inbound-message.received", data: { to: "+15017122661" } });
    const url = `${FLOW_URL}?bodySHA256=${getExpectedBodyHash(body)}`;
    const event = readTwilioWebhook(payload({ url, body, signature: getExpectedTwilioSignature(AUTH_TOKEN, url, {}) }), CHECK);
    expect(event.fields).toEqual(JSON.parse(body));
    expect(event.signatureVerified).toBe(true);
  });

  it("checks against the Public Webhook URL when one is set, not the flow's own URL", () => {
    const publicUrl = "https://twilio-hooks.example.com/inbound";
    const signature = getExpectedTwilioSignature(AUTH_TOKEN, publicUrl, MESSAGE);
    expect(readTwilioWebhook(payload({ body: form(MESSAGE), signature }), { ...CHECK, publicUrl }).fields).toEqual(MESSAGE);
    expect(() => readTwilioWebhook(payload({ body: form(MESSAGE), signature }), CHECK)).toThrow(TwilioSignatureError);
  });

  it("takes the body however the platform hands it over: a Buffer, a serialized Buffer or text", () => {
    const body = form(MESSAGE);
    for (const rawBody of [Buffer.from(body), Buffer.from(body).toJSON(), body]) {
      expect(readTwilioWebhook(payload({ body, rawBody }), CHECK).fields).toEqual(MESSAGE);
    }
  });

  it("finds the signature header whatever its case, and the first value of a repeated one", () => {
    const signature = getExpectedTwilioSignature(AUTH_TOKEN, FLOW_URL, MESSAGE);
    const request = payload({ body: form(MESSAGE), signature: null, headers: { "x-twilio-signature": [signature, "other"] } });
    expect(readTwilioWebhook(request, CHECK).signatureVerified).toBe(true);
  });

  it("agrees with twilio-node's validateRequest on random fields, signed and then altered", () => {
    const next = sequence(23);
    const alphabet = ["a", "Z", "0", " ", "+", "&", "=", "%", "é", "😀", "\n"];
    const text = () => Array.from({ length: next(12) }, () => alphabet[next(alphabet.length)]).join("");
    for (let round = 0; round < 100; round++) {
      const fields: Record<string, string> = {};
      for (let i = next(5) + 1; i > 0; i--) fields[`Field${next(10)}`] = text();
      const signature = getExpectedTwilioSignature(AUTH_TOKEN, FLOW_URL, fields);
      const altered = { ...fields, [Object.keys(fields)[0]]: `${text()}x` };
      for (const sent of [fields, altered]) {
        const accepted = (() => {
          try {
            readTwilioWebhook(payload({ body: form(sent), signature }), CHECK);
            return true;
          } catch (error) {
            expect(error).toBeInstanceOf(TwilioSignatureError);
            return false;
          }
        })();
        expect(accepted).toBe(validateRequest(AUTH_TOKEN, signature, FLOW_URL, sent));
      }
    }
  });
});

describe("readTwilioWebhook: requests it refuses before any step sees them", () => {
  it("refuses a signature made with another Auth Token, saying what to check", () => {
    const signature = getExpectedTwilioSignature("another-accounts-token", FLOW_URL, MESSAGE);
    const error = rejection(() => readTwilioWebhook(payload({ body: form(MESSAGE), signature }), CHECK));
    expect(error).toBeInstanceOf(TwilioSignatureError);
    expect(error.message).toMatch(/^Rejected the request to the Twilio webhook trigger: its X-Twilio-Signature does not match/);
    expect(error.message).toContain(`checked against ${FLOW_URL} with the connection's Auth Token`);
  });

  it("refuses a query parameter added to a signed URL", () => {
    const signature = getExpectedTwilioSignature(AUTH_TOKEN, FLOW_URL, MESSAGE);
    const request = payload({ url: `${FLOW_URL}?admin=true`, body: form(MESSAGE), signature });
    expect(() => readTwilioWebhook(request, CHECK)).toThrow(/does not match/);
  });

  it("refuses a JSON body that is not the one hashed in the URL", () => {
    const url = `${FLOW_URL}?bodySHA256=${getExpectedBodyHash('{"a":1}')}`;
    const request = payload({ url, body: '{"a":2}', signature: getExpectedTwilioSignature(AUTH_TOKEN, url, {}) });
    expect(() => readTwilioWebhook(request, CHECK)).toThrow(/does not match/);
  });

  it("refuses a request without a signature", () => {
    expect(() => readTwilioWebhook(payload({ body: form(MESSAGE), signature: null }), CHECK)).toThrow(
      "it has no X-Twilio-Signature header, so it did not come from Twilio.",
    );
  });

  it("refuses to check without an Auth Token, saying so as a fault configuration settles", () => {
    const error = rejection(() => readTwilioWebhook(payload({ body: form(MESSAGE) }), { skipVerification: false }));
    expect(error).toMatchObject({ reason: "the connection has no Auth Token to check Twilio's signature with.", fault: "noAuthToken" });
  });

  it("refuses when the flow has no webhook URL to check against, saying so as a fault configuration settles", () => {
    const error = rejection(() => readTwilioWebhook(payload({ body: form(MESSAGE), webhookUrl: null }), CHECK));
    expect(error).toMatchObject({ reason: "this flow has no webhook URL to check the signature against.", fault: "noWebhookUrl" });
  });

  it("refuses a body that arrived only as a parsed copy, whose signature cannot be checked", () => {
    expect(() => readTwilioWebhook(payload({ body: form(MESSAGE), rawBody: { ...MESSAGE } }), CHECK)).toThrow(
      /its body did not arrive as sent/,
    );
  });

  it("reads an unsigned request only when verification was explicitly skipped, and says it was not verified", () => {
    const event = readTwilioWebhook(payload({ body: form(MESSAGE), signature: null }), { skipVerification: true });
    expect(event).toMatchObject({ fields: MESSAGE, signatureVerified: false, idempotencyToken: null });
  });
});

describe("event types", () => {
  const CALL = `CA${"2".repeat(32)}`;
  it.each([
    [{ MessageSid: MESSAGE.MessageSid, MessageStatus: "delivered" }, "statusCallback"],
    [{ MessageSid: MESSAGE.MessageSid, MessageStatus: "received", Body: "hi" }, "incomingMessage"],
    [{ MessageSid: MESSAGE.MessageSid, NumMedia: "1" }, "incomingMessage"],
    [{ CallSid: CALL, CallStatus: "ringing" }, "incomingCall"],
    [{ CallSid: CALL, CallStatus: "completed" }, "callStatus"],
    [{ CallSid: CALL, CallbackSource: "call-progress-events", CallStatus: "in-progress" }, "callStatus"],
    [{ CallSid: CALL, RecordingUrl: "https://api.twilio.com/rec" }, "callStatus"],
    [{ CallSid: CALL, RecordingStatus: "completed" }, "recordingStatus"],
    [{ AccountSid: `AC${"3".repeat(32)}` }, "other"],
  ])("%j is %s", (fields, eventType) => {
    expect(readTwilioWebhook(payload({ body: form(fields) }), CHECK).eventType).toBe(eventType);
  });
});

describe("configuredWebhookUrl", () => {
  it("is the Public Webhook URL when set, else the flow's own webhook URL, else undefined", () => {
    const urls = { [FLOW]: FLOW_URL };
    expect(configuredWebhookUrl(urls, FLOW, "https://proxy.example.com/x")).toBe("https://proxy.example.com/x");
    expect(configuredWebhookUrl(urls, FLOW)).toBe(FLOW_URL);
    expect(configuredWebhookUrl(urls, "Another flow")).toBeUndefined();
    expect(configuredWebhookUrl(undefined, undefined)).toBeUndefined();
  });
});
