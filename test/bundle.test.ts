import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { getExpectedBodyHash, getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import { BUNDLE_PATH } from "../scripts/lib/bundle";
import type component from "../src";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection } from "./support/harness";
import { type IncomingRequest, type LoopbackReply, type LoopbackServer, rfc2822, startLoopbackServer } from "./support/loopback";
import { signedFormPayload } from "./support/signedWebhook";

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
const VERIFY_SERVICE_SID = `VA${"ef".repeat(16)}`;
const VERIFICATION_SID = `VE${"ef".repeat(16)}`;
const VERIFY_SERVICE = `/verify/v2/Services/${VERIFY_SERVICE_SID}`;
const TEMPLATE_SID = `HX${"ef".repeat(16)}`;
const SERVICE_SID = `MG${"ef".repeat(16)}`;
const FLOW_SID = `FW${"ab".repeat(16)}`;
const SYNC_SERVICE_SID = `IS${"ac".repeat(16)}`;
const EXECUTION_SID = `FN${"cd".repeat(16)}`;
const EXECUTION = `/studio/v2/Flows/${FLOW_SID}/Executions/${EXECUTION_SID}`;
const SUBACCOUNT_SID = `AC${"56".repeat(16)}`;
const INTELLIGENCE_SERVICE_SID = `GA${"78".repeat(16)}`;
const TRANSCRIPT_SID = `GT${"9a".repeat(16)}`;
const CONVERSATION_SID = `CH${"ab".repeat(16)}`;
const PARTICIPANT_SID = `MB${"cd".repeat(16)}`;
const CONVERSATION = `/conversations/v1/Conversations/${CONVERSATION_SID}`;

function message(overrides: Record<string, unknown> = {}) {
  const now = rfc2822();
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
const verification = (status: string) => ({ sid: VERIFICATION_SID, service_sid: VERIFY_SERVICE_SID, to: CUSTOMER, channel: "sms", status });
const verifyService = { sid: VERIFY_SERVICE_SID, friendly_name: "Bench", code_length: 6 };
const listEnvelope = (key: string, items: unknown[]) => ({ [key]: items, next_page_uri: null, page: 0, page_size: 50, start: 0, uri: "/" });

const contentTemplate = {
  sid: TEMPLATE_SID,
  friendly_name: "order_shipped",
  language: "en",
  types: { "twilio/text": { body: "Hi {{1}}" } },
};

const execution = {
  sid: EXECUTION_SID,
  flow_sid: FLOW_SID,
  account_sid: ACCOUNT_SID,
  status: "active",
  date_created: "2026-11-20T16:04:31Z",
};

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

const subaccount = {
  sid: SUBACCOUNT_SID,
  friendly_name: "Tenant",
  status: "active",
  type: "Full",
  owner_account_sid: ACCOUNT_SID,
  auth_token: "0".repeat(32),
};
const transcript = {
  sid: TRANSCRIPT_SID,
  service_sid: INTELLIGENCE_SERVICE_SID,
  status: "completed",
  date_updated: new Date().toISOString(),
};
const v1List = (key: string, items: unknown[]) => ({ [key]: items, meta: { next_page_url: null } });

/** The routes of subaccounts, usage, Voice Intelligence and Monitor: one of each. */
function accountsAndInsights(route: string): LoopbackReply | undefined {
  if (route === "POST /2010-04-01/Accounts.json") return { status: 201, json: subaccount };
  if (route === "GET /2010-04-01/Accounts.json") return { status: 200, json: listEnvelope("accounts", [subaccount]) };
  if (route === `GET /2010-04-01/Accounts/${SUBACCOUNT_SID}.json` || route === `POST /2010-04-01/Accounts/${SUBACCOUNT_SID}.json`)
    return { status: 200, json: subaccount };
  if (route === `GET /2010-04-01/Accounts/${ACCOUNT_SID}/Usage/Records/ThisMonth.json`)
    return {
      status: 200,
      json: listEnvelope("usage_records", [{ category: "sms", count: "3", usage: "3", price: 0.02, account_sid: ACCOUNT_SID }]),
    };
  if (route === `GET /2010-04-01/Accounts/${ACCOUNT_SID}/Balance.json`)
    return { status: 200, json: { account_sid: ACCOUNT_SID, balance: "12.50", currency: "USD" } };
  if (route === `DELETE ${CALLS}/${CALL_SID}.json`) return { status: 204, body: "" };
  if (route === "GET /intelligence/v2/Services")
    return { status: 200, json: v1List("services", [{ sid: INTELLIGENCE_SERVICE_SID, unique_name: "calls", language_code: "en-US" }]) };
  if (route === "POST /intelligence/v2/Transcripts") return { status: 202, json: { ...transcript, status: "queued" } };
  if (route === "GET /intelligence/v2/Transcripts") return { status: 200, json: v1List("transcripts", [transcript]) };
  if (route === `GET /intelligence/v2/Transcripts/${TRANSCRIPT_SID}`) return { status: 200, json: transcript };
  if (route === `GET /intelligence/v2/Transcripts/${TRANSCRIPT_SID}/Sentences`)
    return { status: 200, json: v1List("sentences", [{ media_channel: 1, start_time: 0, transcript: "Hello" }]) };
  if (route === "GET /monitor/v1/Alerts")
    return {
      status: 200,
      json: v1List("alerts", [{ sid: `NO${"bc".repeat(16)}`, error_code: "11200", date_generated: new Date().toISOString() }]),
    };
  return undefined;
}

/** The Conversations and Event Streams routes of the small Twilio: one conversation with one chat participant and one message. */
function conversations(route: string): LoopbackReply | undefined {
  const conversation = { sid: CONVERSATION_SID, friendly_name: "Order 1", state: "active", attributes: "{}", timers: {} };
  const participant = { sid: PARTICIPANT_SID, conversation_sid: CONVERSATION_SID, identity: "agent", messaging_binding: null };
  const message = { sid: `IM${"ef".repeat(16)}`, conversation_sid: CONVERSATION_SID, index: 0, author: "agent", body: "hi" };
  const list = (key: string, items: unknown[]) => ({ status: 200, json: { [key]: items, meta: { next_page_url: null } } });
  const replies: Record<string, LoopbackReply> = {
    "POST /conversations/v1/Conversations": { status: 201, json: conversation },
    "GET /conversations/v1/Conversations": list("conversations", [conversation]),
    [`GET ${CONVERSATION}`]: { status: 200, json: conversation },
    [`POST ${CONVERSATION}`]: { status: 200, json: conversation },
    [`DELETE ${CONVERSATION}`]: { status: 204, body: "" },
    [`POST ${CONVERSATION}/Participants`]: { status: 201, json: participant },
    [`GET ${CONVERSATION}/Participants`]: list("participants", [participant]),
    [`DELETE ${CONVERSATION}/Participants/${PARTICIPANT_SID}`]: { status: 204, body: "" },
    [`POST ${CONVERSATION}/Messages`]: { status: 201, json: message },
    [`GET ${CONVERSATION}/Messages`]: list("messages", [message]),
    "GET /conversations/v1/Services": list("services", [{ sid: `IS${"ab".repeat(16)}`, friendly_name: "Desk" }]),
    "GET /events/v1/Types": list("types", [
      { type: "com.twilio.messaging.message.delivered", description: "Delivered", status: "available" },
    ]),
  };
  return replies[route];
}

/** The number routes: one number for sale (the account's own, for brevity), bought, configured, pooled and released. */
function numbers(route: string): LoopbackReply | undefined {
  if (route === `GET /2010-04-01/Accounts/${ACCOUNT_SID}/AvailablePhoneNumbers/US/Local.json`)
    return { status: 200, json: listEnvelope("available_phone_numbers", [{ phone_number: NUMBER, capabilities: { SMS: true } }]) };
  if (route === "GET /pricing/v1/PhoneNumbers/Countries/US")
    return { status: 200, json: { price_unit: "USD", phone_number_prices: [{ number_type: "local", current_price: 1.15 }] } };
  if (route === `POST ${NUMBERS}.json`) return { status: 201, json: phoneNumber };
  if (route === `GET ${NUMBERS}/${NUMBER_SID}.json`) return { status: 200, json: phoneNumber };
  if (route === `DELETE ${NUMBERS}/${NUMBER_SID}.json`) return { status: 204, body: "" };
  const pool = `/messaging/v1/Services/${SERVICE_SID}/PhoneNumbers`;
  if (route === `GET ${pool}/${NUMBER_SID}`) return { status: 200, json: { sid: NUMBER_SID, phone_number: NUMBER } };
  if (route === `POST ${pool}`) return { status: 201, json: { sid: NUMBER_SID, phone_number: NUMBER } };
  if (route === `DELETE ${pool}/${NUMBER_SID}`) return { status: 204, body: "" };
  if (route === `GET /messaging/v1/Services/${SERVICE_SID}/Compliance/Usa2p`)
    return { status: 200, json: { compliance: [{ sid: "QE1", campaign_status: "VERIFIED" }], meta: { next_page_url: null } } };
  return undefined;
}

/** A small Twilio: one message, one phone number, one content template, one Studio flow, no Messaging Service, and the voice routes above. */
function twilio(req: IncomingRequest): LoopbackReply {
  const route = `${req.method} ${req.path}`;
  const voiceReply = voice(route) ?? accountsAndInsights(route) ?? conversations(route) ?? numbers(route);
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
  if (req.path === `/messaging/v1/Services/${SERVICE_SID}`)
    return {
      status: 200,
      json: { sid: SERVICE_SID, friendly_name: "Replies", inbound_request_url: req.form.get("InboundRequestUrl") ?? "" },
    };
  if (route === "GET /messaging/v1/Services")
    return { status: 200, json: { services: [], meta: { next_page_url: null, page: 0, page_size: 50 } } };
  if (req.method === "GET" && req.path.startsWith("/lookups/v2/PhoneNumbers/"))
    return { status: 200, json: { phone_number: CUSTOMER, valid: true, line_type_intelligence: { type: "mobile" } } };
  if (route === `POST ${VERIFY_SERVICE}/Verifications`) return { status: 201, json: verification("pending") };
  if (route === `POST ${VERIFY_SERVICE}/VerificationCheck`) return { status: 200, json: verification("approved") };
  if (route === `POST ${VERIFY_SERVICE}/Verifications/${VERIFICATION_SID}`) return { status: 200, json: verification("canceled") };
  if (route === "GET /verify/v2/Services") return { status: 200, json: { services: [verifyService], meta: { next_page_url: null } } };
  if (route === "POST /verify/v2/Services") return { status: 201, json: verifyService };
  if (route === "GET /content/v1/ContentAndApprovals")
    return {
      status: 200,
      json: { contents: [{ ...contentTemplate, approval_requests: { status: "approved" } }], meta: { next_page_url: null } },
    };
  if (route === `GET /content/v1/Content/${TEMPLATE_SID}`) return { status: 200, json: contentTemplate };
  if (route === `GET /content/v1/Content/${TEMPLATE_SID}/ApprovalRequests`)
    return { status: 200, json: { whatsapp: { status: "approved" } } };
  if (route === "GET /studio/v2/Flows")
    return { status: 200, json: { flows: [{ sid: FLOW_SID, friendly_name: "Bot", status: "published", revision: 1 }], meta: {} } };
  if (route === `POST /studio/v2/Flows/${FLOW_SID}/Executions`) return { status: 201, json: execution };
  if (route === `GET ${EXECUTION}`) return { status: 200, json: execution };
  if (route === `GET ${EXECUTION}/Context`) return { status: 200, json: { context: { flow: { data: {} } } } };
  if (route === `GET ${EXECUTION}/Steps`) return { status: 200, json: { steps: [], meta: { next_page_url: null } } };
  if (route === "GET /sync/v1/Services")
    return { status: 200, json: { services: [{ sid: SYNC_SERVICE_SID, friendly_name: "Claims" }], meta: { next_page_url: null } } };
  if (route === `GET /2010-04-01/Accounts/${ACCOUNT_SID}.json`)
    return { status: 200, json: { sid: ACCOUNT_SID, friendly_name: "Bench", status: "active", type: "Full" } };
  return { status: 404, json: { code: 20404, message: `No route for ${route}`, status: 404 } };
}

function signedIncomingSms() {
  const params = { MessageSid: MESSAGE_SID, AccountSid: ACCOUNT_SID, From: CUSTOMER, To: NUMBER, Body: "YES" };
  return signedFormPayload(params, { flowName: "Incoming SMS", flowUrl: FLOW_URL });
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
      sendSMS: {
        twilioConnection,
        to: CUSTOMER,
        from: NUMBER,
        contentSid: TEMPLATE_SID,
        contentVariableList: [{ key: "1", value: "Jane" }],
        checkContentVariables: true,
      },
      sendBulkSMS: { twilioConnection, recipients: [CUSTOMER, "+15558675311"], from: NUMBER, message: "hi", checkLineType: true },
      getSMS: { twilioConnection, sid: MESSAGE_SID },
      listMessages: { twilioConnection, limit: "10" },
      waitForReply: { twilioConnection, from: CUSTOMER, to: NUMBER, since: "2020-01-01T00:00:00Z", timeout: "5s" },
      cancelScheduledMessage: { twilioConnection, sid: MESSAGE_SID },
      redactMessage: { twilioConnection, sid: MESSAGE_SID },
      deleteMessage: { twilioConnection, sid: MESSAGE_SID },
      listPhoneNumbers: { twilioConnection, limit: "10" },
      searchAvailablePhoneNumbers: { twilioConnection, areaCode: "501" },
      buyPhoneNumber: { twilioConnection, phoneNumber: NUMBER },
      updatePhoneNumber: { twilioConnection, phoneNumber: NUMBER_SID, smsUrl: FLOW_URL },
      releasePhoneNumber: { twilioConnection, phoneNumber: NUMBER_SID, confirmNumber: NUMBER },
      addNumberToMessagingService: { twilioConnection, messagingServiceSid: SERVICE_SID, phoneNumber: NUMBER_SID },
      removeNumberFromMessagingService: { twilioConnection, messagingServiceSid: SERVICE_SID, phoneNumber: NUMBER },
      checkSenderCompliance: { twilioConnection, sender: SERVICE_SID },
      testConnection: { twilioConnection },
      rawRequest: { twilioConnection, url: `/2010-04-01/Accounts/${ACCOUNT_SID}.json`, method: "GET" },
      lookupPhoneNumber: { twilioConnection, phoneNumber: CUSTOMER, lineTypeIntelligence: true },
      sendVerification: { twilioConnection, verifyServiceSid: VERIFY_SERVICE_SID, to: CUSTOMER, channel: "sms" },
      checkVerification: { twilioConnection, verifyServiceSid: VERIFY_SERVICE_SID, to: CUSTOMER, code: "123456" },
      cancelVerification: { twilioConnection, verifyServiceSid: VERIFY_SERVICE_SID, verificationSid: VERIFICATION_SID },
      listVerifyServices: { twilioConnection },
      createVerifyService: { twilioConnection, friendlyName: "Bench" },
      listContentTemplates: { twilioConnection, approvalStatus: "approved" },
      getContentTemplate: { twilioConnection, sid: TEMPLATE_SID },
      triggerStudioFlow: { twilioConnection, flow: FLOW_SID, to: CUSTOMER, from: NUMBER, parameters: [{ key: "orderId", value: "1" }] },
      getStudioExecution: { twilioConnection, flow: FLOW_SID, executionSid: EXECUTION_SID },
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
      deleteCall: { twilioConnection, sid: CALL_SID, confirmSid: CALL_SID },
      createSubaccount: { twilioConnection, friendlyName: "Tenant" },
      listSubaccounts: { twilioConnection },
      getSubaccount: { twilioConnection, sid: SUBACCOUNT_SID },
      updateSubaccount: { twilioConnection, sid: SUBACCOUNT_SID, status: "suspended" },
      listUsageRecords: { twilioConnection, period: "thisMonth" },
      getAccountBalance: { twilioConnection },
      createTranscript: { twilioConnection, serviceSid: INTELLIGENCE_SERVICE_SID, recordingSid: RECORDING_SID },
      getTranscript: { twilioConnection, sid: TRANSCRIPT_SID },
      listTranscripts: { twilioConnection },
      listAlerts: { twilioConnection, logLevel: "error" },
      createConversation: { twilioConnection, friendlyName: "Order 1" },
      getConversation: { twilioConnection, conversation: CONVERSATION_SID },
      listConversations: { twilioConnection, state: "active" },
      updateConversation: { twilioConnection, conversation: CONVERSATION_SID, state: "inactive" },
      deleteConversation: { twilioConnection, conversation: CONVERSATION_SID, confirmDelete: true },
      addConversationParticipant: { twilioConnection, conversation: CONVERSATION_SID, identity: "agent" },
      listConversationParticipants: { twilioConnection, conversation: CONVERSATION_SID },
      removeConversationParticipant: { twilioConnection, conversation: CONVERSATION_SID, participantSid: PARTICIPANT_SID },
      sendConversationMessage: { twilioConnection, conversation: CONVERSATION_SID, body: "hi" },
      listConversationMessages: { twilioConnection, conversation: CONVERSATION_SID, order: "desc" },
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
    const params = { connection: authTokenConnection(server.url), publicUrl: FLOW_URL, phoneNumber: NUMBER, messagingService: SERVICE_SID };
    const result = (await harness.trigger("webhook", signedIncomingSms(), params)) as unknown as {
      payload: { signatureVerified: boolean };
    };
    expect(result.payload.signatureVerified).toBe(true);
    await harness.triggerOnInstanceDeploy("webhook", params, { webhookUrls: { "Incoming SMS": FLOW_URL } });
    expect(server.requests.some((req) => req.method === "POST" && req.form.get("SmsUrl") === FLOW_URL)).toBe(true);
    expect(server.requests.some((req) => req.method === "POST" && req.form.get("InboundRequestUrl") === FLOW_URL)).toBe(true);
  });

  it("reads a signed Event Streams delivery", async () => {
    const body = JSON.stringify([{ id: "EZ1", type: "com.twilio.messaging.message.delivered", time: "2026-12-01T00:00:00Z", data: {} }]);
    const query = `bodySHA256=${getExpectedBodyHash(body)}`;
    const payload = {
      ...signedFormPayload({}, { flowName: "Incoming SMS", flowUrl: FLOW_URL }),
      headers: { "X-Twilio-Signature": getExpectedTwilioSignature(AUTH_TOKEN, `${FLOW_URL}?${query}`, {}) },
      queryParameters: { bodySHA256: getExpectedBodyHash(body) },
      invokeUrl: `${FLOW_URL}?${query}`,
      rawBody: { data: Buffer.from(body), contentType: "application/json" },
      body: { data: Buffer.from(body), contentType: "application/json" },
    };
    const result = (await harness.trigger("eventStreams", payload, {
      connection: authTokenConnection(server.url),
      eventTypes: ["com.twilio.messaging.message.delivered"],
    })) as unknown as { payload: { events: Array<{ id: string }> } };
    expect(result.payload.events.map((event) => event.id)).toEqual(["EZ1"]);
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
    const payload = signedFormPayload(params, { flowName: "Incoming SMS", flowUrl: FLOW_URL });
    const result = (await harness.trigger("webhook", payload, {
      connection: authTokenConnection(server.url),
      publicUrl: FLOW_URL,
      answerCalls: "say",
      callGreeting: "Hi & bye",
    })) as unknown as { payload: { eventType: string }; response: { body: string } };
    expect(result.payload.eventType).toBe("incomingCall");
    expect(result.response.body).toContain("<Say>Hi &amp; bye</Say>");
  });

  it.each(["pollNewCalls", "pollNewRecordings", "pollNewTranscripts", "pollNewAlerts", "pollNewPhoneNumbers"])(
    "polls with %s",
    async (key) => {
      const instanceState = {};
      for (let run = 0; run < 2; run++) {
        const result = (await harness.trigger(key, {}, { connection: authTokenConnection(server.url) }, { instanceState })) as unknown as {
          payload: { body: { data: unknown[] } };
        };
        expect(Array.isArray(result.payload.body.data)).toBe(true);
      }
    },
  );

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
    expect(Object.keys(bundled.triggers ?? {}).sort()).toEqual([
      "eventStreams",
      "pollChangesTrigger",
      "pollNewAlerts",
      "pollNewCalls",
      "pollNewPhoneNumbers",
      "pollNewRecordings",
      "pollNewTranscripts",
      "webhook",
    ]);
  });
});
