import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import { BUNDLE_PATH } from "../scripts/lib/bundle";
import type component from "../src";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection } from "./support/harness";
import { type IncomingRequest, type LoopbackReply, type LoopbackServer, startLoopbackServer } from "./support/loopback";

/**
 * webpack.config.js replaces modules a component never runs (zod, yaml, jsonwebtoken) with empty
 * ones. This runs every action, trigger and data source of the BUILT bundle, as the platform does,
 * so a code path that reached one of them would fail here.
 */
const NUMBER = "+15017122661";
const CUSTOMER = "+15558675310";
const MESSAGE_SID = `SM${"ab".repeat(16)}`;
const NUMBER_SID = `PN${"cd".repeat(16)}`;
const FLOW_URL = "https://hooks.example.com/trigger/flow-1";
const MESSAGES = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages`;
const CALL_SID = `CA${"ef".repeat(16)}`;
const RECORDING_SID = `RE${"12".repeat(16)}`;
const MEDIA_SID = `ME${"34".repeat(16)}`;
const CALLS = `/2010-04-01/Accounts/${ACCOUNT_SID}/Calls`;
const RECORDINGS = `/2010-04-01/Accounts/${ACCOUNT_SID}/Recordings`;
const AUDIO = Buffer.from([0x49, 0x44, 0x33, 0x04, 0x00, 0xff, 0xfe, 0x80]);
const NUMBERS = `/2010-04-01/Accounts/${ACCOUNT_SID}/IncomingPhoneNumbers`;

function message(overrides: Record<string, unknown> = {}) {
  const now = new Date().toUTCString().replace("GMT", "+0000");
  return {
    account_sid: ACCOUNT_SID,
    api_version: "2010-04-01",
    body: "YES",
    date_created: now,
    date_sent: now,
    date_updated: now,
    direction: "inbound",
    error_code: null,
    error_message: null,
    from: CUSTOMER,
    messaging_service_sid: null,
    num_media: "0",
    num_segments: "1",
    price: null,
    price_unit: "USD",
    sid: MESSAGE_SID,
    status: "received",
    subresource_uris: {},
    to: NUMBER,
    uri: `${MESSAGES}/${MESSAGE_SID}.json`,
    ...overrides,
  };
}

const phoneNumber = {
  sid: NUMBER_SID,
  account_sid: ACCOUNT_SID,
  phone_number: NUMBER,
  friendly_name: "(501) 712-2661",
  sms_url: "",
  sms_method: "POST",
  capabilities: { sms: true },
};
const listEnvelope = (key: string, items: unknown[]) => ({ [key]: items, next_page_uri: null, page: 0, page_size: 50, start: 0, uri: "/" });

const call = { sid: CALL_SID, account_sid: ACCOUNT_SID, to: CUSTOMER, from: NUMBER, status: "completed", direction: "outbound-api" };
const recording = { sid: RECORDING_SID, account_sid: ACCOUNT_SID, call_sid: CALL_SID, status: "completed", duration: "4" };

/** The voice and media routes of the small Twilio: one call, one recording, one media item that redirects to a CDN path. */
function voice(route: string): LoopbackReply | undefined {
  if (route === `POST ${CALLS}.json`) return { status: 201, json: { ...call, status: "queued" } };
  if (route === `GET ${CALLS}.json`) return { status: 200, json: listEnvelope("calls", [call]) };
  if (route === `GET ${CALLS}/${CALL_SID}.json` || route === `POST ${CALLS}/${CALL_SID}.json`) return { status: 200, json: call };
  if (route === `GET ${RECORDINGS}.json`) return { status: 200, json: listEnvelope("recordings", [recording]) };
  if (route === `GET ${RECORDINGS}/${RECORDING_SID}.json`) return { status: 200, json: recording };
  if (route === `DELETE ${RECORDINGS}/${RECORDING_SID}.json`) return { status: 204, body: "" };
  if (route === `GET ${RECORDINGS}/${RECORDING_SID}.mp3` || route === "GET /cdn/media")
    return { status: 200, body: AUDIO, headers: { "Content-Type": "audio/mpeg" } };
  if (route === `GET ${MESSAGES}/${MESSAGE_SID}/Media.json`)
    return { status: 200, json: listEnvelope("media_list", [{ sid: MEDIA_SID, parent_sid: MESSAGE_SID, content_type: "audio/mpeg" }]) };
  if (route === `GET ${MESSAGES}/${MESSAGE_SID}/Media/${MEDIA_SID}`) return { status: 302, headers: { Location: "/cdn/media" } };
  return undefined;
}

/** A small Twilio: one message, one phone number, no Messaging Service, and the voice routes above. */
function twilio(req: IncomingRequest): LoopbackReply {
  const route = `${req.method} ${req.path}`;
  const voiceReply = voice(route);
  if (voiceReply) return voiceReply;
  if (route === `POST ${MESSAGES}.json`)
    return { status: 201, json: message({ direction: "outbound-api", status: "queued", to: req.form.get("To"), from: NUMBER }) };
  if (route === `GET ${MESSAGES}.json`) return { status: 200, json: listEnvelope("messages", [message()]) };
  if (route === `GET ${MESSAGES}/${MESSAGE_SID}.json`) return { status: 200, json: message() };
  if (route === `POST ${MESSAGES}/${MESSAGE_SID}.json`)
    return { status: 200, json: message({ status: req.form.get("Status") ?? "received", body: req.form.get("Body") ?? "YES" }) };
  if (route === `DELETE ${MESSAGES}/${MESSAGE_SID}.json`) return { status: 204, body: "" };
  if (route === `GET ${NUMBERS}.json`) return { status: 200, json: listEnvelope("incoming_phone_numbers", [phoneNumber]) };
  if (route === `POST ${NUMBERS}/${NUMBER_SID}.json`)
    return { status: 200, json: { ...phoneNumber, sms_url: req.form.get("SmsUrl") ?? "" } };
  if (route === "GET /messaging/v1/Services")
    return { status: 200, json: { services: [], meta: { next_page_url: null, page: 0, page_size: 50 } } };
  if (route === `GET /2010-04-01/Accounts/${ACCOUNT_SID}.json`)
    return { status: 200, json: { sid: ACCOUNT_SID, friendly_name: "Bench", status: "active", type: "Full" } };
  return { status: 404, json: { code: 20404, message: `No route for ${route}`, status: 404 } };
}

function signedIncomingSms() {
  const params = { MessageSid: MESSAGE_SID, AccountSid: ACCOUNT_SID, From: CUSTOMER, To: NUMBER, Body: "YES" };
  const body = Buffer.from(new URLSearchParams(params).toString());
  const contentType = "application/x-www-form-urlencoded";
  return {
    headers: { "Content-Type": contentType, "X-Twilio-Signature": getExpectedTwilioSignature(AUTH_TOKEN, FLOW_URL, params) },
    queryParameters: {},
    rawBody: { data: body, contentType },
    body: { data: body, contentType },
    webhookUrls: { "Incoming SMS": FLOW_URL },
    invokeUrl: FLOW_URL,
    flow: { id: "flowId", name: "Incoming SMS", stableId: "incoming-sms" },
  };
}

let server: LoopbackServer;
let harness: ReturnType<typeof createHarness>;
/** The bundle exports what src/index.ts does: its type is the source's. */
let bundled: typeof component;

beforeAll(async () => {
  bundled = require(BUNDLE_PATH).default;
  harness = createHarness(bundled);
  server = await startLoopbackServer(twilio);
}, 180_000);

afterAll(() => server?.close());

describe("the built bundle", () => {
  const actionInputs = (): Record<string, Record<string, unknown>> => {
    const twilioConnection = authTokenConnection(server.url);
    return {
      sendSMS: { twilioConnection, to: CUSTOMER, from: NUMBER, message: "hi" },
      sendBulkSMS: { twilioConnection, recipients: [CUSTOMER, "+15558675311"], from: NUMBER, message: "hi" },
      getSMS: { twilioConnection, sid: MESSAGE_SID },
      listMessages: { twilioConnection, limit: "10" },
      waitForReply: { twilioConnection, from: CUSTOMER, to: NUMBER, since: "2020-01-01T00:00:00Z", timeout: "5s" },
      cancelScheduledMessage: { twilioConnection, sid: MESSAGE_SID },
      redactMessage: { twilioConnection, sid: MESSAGE_SID },
      deleteMessage: { twilioConnection, sid: MESSAGE_SID },
      listPhoneNumbers: { twilioConnection, limit: "10" },
      testConnection: { twilioConnection },
      rawRequest: { twilioConnection, url: `/2010-04-01/Accounts/${ACCOUNT_SID}.json`, method: "GET" },
      makeCall: { twilioConnection, to: CUSTOMER, from: NUMBER, sayText: "Hello & <goodbye>" },
      getCall: { twilioConnection, sid: CALL_SID },
      listCalls: { twilioConnection, limit: "10" },
      updateCall: { twilioConnection, sid: CALL_SID, change: "redirect", twiml: "<Response><Hangup/></Response>" },
      listRecordings: { twilioConnection, callSid: CALL_SID },
      getRecording: { twilioConnection, sid: RECORDING_SID },
      downloadRecording: { twilioConnection, sid: RECORDING_SID },
      deleteRecording: { twilioConnection, sid: RECORDING_SID },
      listMessageMedia: { twilioConnection, sid: MESSAGE_SID },
      downloadMessageMedia: { twilioConnection, messageSid: MESSAGE_SID, mediaSid: MEDIA_SID },
    };
  };

  it("has an input set below for every action, so none is left out", () => {
    expect(Object.keys(bundled.actions).sort()).toEqual(Object.keys(actionInputs()).sort());
  });

  it("runs every action against Twilio's API", async () => {
    for (const [key, inputs] of Object.entries(actionInputs())) {
      const result = (await harness.action(key, inputs).catch((error) => ({ failed: `${key}: ${error}` }))) as {
        data?: unknown;
        failed?: string;
      };
      expect(result.failed).toBeUndefined();
      expect(result.data).toBeDefined();
    }
  });

  it("runs every data source", async () => {
    for (const key of Object.keys(bundled.dataSources ?? {})) {
      const result = (await harness.dataSource(key, { connection: authTokenConnection(server.url) })) as { result: unknown };
      expect({ key, isList: Array.isArray(result.result) }).toEqual({ key, isList: true });
    }
  });

  it("verifies and answers a signed webhook, and registers it on deploy", async () => {
    const params = { connection: authTokenConnection(server.url), publicUrl: FLOW_URL, phoneNumber: NUMBER };
    const result = (await harness.trigger("webhook", signedIncomingSms(), params)) as unknown as {
      payload: { signatureVerified: boolean };
    };
    expect(result.payload.signatureVerified).toBe(true);
    await harness.triggerOnInstanceDeploy("webhook", params, { webhookUrls: { "Incoming SMS": FLOW_URL } });
    expect(server.requests.some((req) => req.method === "POST" && req.form.get("SmsUrl") === FLOW_URL)).toBe(true);
  });

  it("polls for messages", async () => {
    const result = (await harness.trigger(
      "pollChangesTrigger",
      {},
      { connection: authTokenConnection(server.url) },
      { instanceState: {} },
    )) as unknown as {
      payload: { body: { data: unknown[] } };
    };
    expect(Array.isArray(result.payload.body.data)).toBe(true);
  });

  it("downloads files as Buffers, byte for byte", async () => {
    const twilioConnection = authTokenConnection(server.url);
    for (const [key, inputs] of [
      ["downloadRecording", { twilioConnection, sid: RECORDING_SID, format: "mp3" }],
      ["downloadMessageMedia", { twilioConnection, messageSid: MESSAGE_SID, mediaSid: MEDIA_SID }],
    ] as const) {
      const result = (await harness.action(key, inputs)) as { data: Buffer; contentType: string };
      expect({ key, equal: Buffer.isBuffer(result.data) && result.data.equals(AUDIO), contentType: result.contentType }).toEqual({
        key,
        equal: true,
        contentType: "audio/mpeg",
      });
    }
  });

  it("answers a signed incoming call with the chosen TwiML", async () => {
    const params = { CallSid: CALL_SID, AccountSid: ACCOUNT_SID, From: CUSTOMER, To: NUMBER, CallStatus: "ringing", Direction: "inbound" };
    const body = Buffer.from(new URLSearchParams(params).toString());
    const contentType = "application/x-www-form-urlencoded";
    const payload = {
      ...signedIncomingSms(),
      headers: { "Content-Type": contentType, "X-Twilio-Signature": getExpectedTwilioSignature(AUTH_TOKEN, FLOW_URL, params) },
      rawBody: { data: body, contentType },
      body: { data: body, contentType },
    };
    const result = (await harness.trigger("webhook", payload, {
      connection: authTokenConnection(server.url),
      publicUrl: FLOW_URL,
      answerCalls: "say",
      callGreeting: "Hi & bye",
    })) as unknown as { payload: { eventType: string }; response: { body: string } };
    expect(result.payload.eventType).toBe("incomingCall");
    expect(result.response.body).toContain("<Say>Hi &amp; bye</Say>");
  });

  it.each(["pollNewCalls", "pollNewRecordings"])("polls with %s", async (key) => {
    const instanceState = {};
    for (let run = 0; run < 2; run++) {
      const result = (await harness.trigger(key, {}, { connection: authTokenConnection(server.url) }, { instanceState })) as unknown as {
        payload: { body: { data: unknown[] } };
      };
      expect(Array.isArray(result.payload.body.data)).toBe(true);
    }
  });

  it("keeps twilio-node's call and recording lists out of index.js, in chunks beside it", () => {
    const dist = dirname(BUNDLE_PATH);
    const index = readFileSync(BUNDLE_PATH, "utf8");
    for (const chunk of ["voice-calls.js", "voice-recordings.js"]) expect(existsSync(join(dist, chunk))).toBe(true);
    // Parameters only twilio-node's call and recording lists send.
    expect(index).not.toContain("MachineDetectionSpeechThreshold");
    expect(index).not.toContain("IncludeSoftDeleted");
    expect(statSync(BUNDLE_PATH).size).toBeLessThanOrEqual(1_000_000);
  });

  it("covers every trigger above", () => {
    expect(Object.keys(bundled.triggers ?? {}).sort()).toEqual(["pollChangesTrigger", "pollNewCalls", "pollNewRecordings", "webhook"]);
  });
});
