import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { TriggerPayload } from "@prismatic-io/spectral";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { BUNDLE_PATH } from "../scripts/lib/bundle";
import type component from "../src";
import { basic } from "./sandbox/support";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection } from "./support/harness";
import { type LoopbackServer, type RecordedRequest, startLoopbackServer } from "./support/loopback";
import { createContentTemplate, startTestSandbox, type TestSandbox } from "./support/sandbox";
import { createIntelligenceService } from "./support/sandboxAccounts";

/**
 * webpack.config.js replaces modules a component never runs (zod, yaml, jsonwebtoken) with empty
 * ones. This runs every action, trigger and data source of the BUILT bundle, as the platform does,
 * on the sandbox Twilio, so a code path that reached one of them would fail here. What the steps
 * read is seeded through the sandbox's controls or its API, as a builder's Console would leave it;
 * the loopback server plays only Prismatic's side, the flow URLs Twilio calls.
 */
const NUMBER = "+15017122661";
const CUSTOMER = "+15558675310";
const OTHER_CUSTOMER = "+15558675311";
const CUSTOM_CODE = "123456";
const ACCOUNT = `/2010-04-01/Accounts/${ACCOUNT_SID}`;
const REPLY_SID = `SM${"ab".repeat(16)}`;
const SCHEDULED_SID = `SM${"bc".repeat(16)}`;
const DELETABLE_MESSAGE_SID = `SM${"cd".repeat(16)}`;
const CALL_SID = `CA${"ef".repeat(16)}`;
const DELETABLE_CALL_SID = `CA${"fe".repeat(16)}`;
const RECORDING_SID = `RE${"12".repeat(16)}`;
const DELETABLE_RECORDING_SID = `RE${"21".repeat(16)}`;
const WEBHOOK_FLOW = "Incoming SMS";
const EVENTS_FLOW = "Account events";
const DELIVERED = "com.twilio.messaging.message.delivered";

/** What the steps read, made before them: SIDs Twilio chose. */
interface Seeded {
  numberSid: string;
  serviceSid: string;
  templateSid: string;
  verifyServiceSid: string;
  pendingVerificationSid: string;
  flowSid: string;
  intelligenceServiceSid: string;
  mediaMessageSid: string;
  mediaSid: string;
}

let sandbox: TestSandbox;
/** Prismatic's side: the flows' webhook URLs, which answer 200 as the platform does. */
let flows: LoopbackServer;
let webhookUrl: string;
let seeded: Seeded;
let harness: ReturnType<typeof createHarness>;
/** The bundle exports what src/index.ts does: its type is the source's. */
let bundled: typeof component;

/** A request to the sandbox's API as the tests' account, as a builder's Console or another client would make it. */
async function twilio(method: string, path: string, form?: Record<string, string>): Promise<Record<string, unknown>> {
  const answer = await fetch(`${sandbox.url}${path}`, {
    method,
    body: form ? new URLSearchParams(form) : undefined,
    headers: { authorization: basic(ACCOUNT_SID, AUTH_TOKEN) },
  });
  return (await answer.json()) as Record<string, unknown>;
}

/** The bytes the sandbox serves at a path: what a download must return unchanged. */
async function servedBytes(path: string): Promise<Buffer> {
  const answer = await fetch(`${sandbox.url}${path}`, { headers: { authorization: basic(ACCOUNT_SID, AUTH_TOKEN) } });
  return Buffer.from(await answer.arrayBuffer());
}

async function seed(): Promise<Seeded> {
  const control = async (path: string, body: Record<string, unknown>) => (await sandbox.control("POST", path, body)) as { sid: string };
  const number = await control("numbers", { PhoneNumber: NUMBER, VoiceUrl: webhookUrl });
  const service = await control("messaging-services", { FriendlyName: "Replies" });
  const brand = await control("compliance/brand", { Status: "APPROVED" });
  await control("compliance/campaign", { MessagingServiceSid: service.sid, BrandRegistrationSid: brand.sid, CampaignStatus: "VERIFIED" });
  const minuteAgo = sandbox.clock.now() - 60_000;
  await control("messages/seed", { Sid: REPLY_SID, Direction: "inbound", From: CUSTOMER, To: NUMBER, Body: "YES", DateSent: minuteAgo });
  await control("messages/seed", { Sid: DELETABLE_MESSAGE_SID, From: NUMBER, To: CUSTOMER, Body: "Shipped", DateSent: minuteAgo });
  await control("messages/seed", {
    Sid: SCHEDULED_SID,
    MessagingServiceSid: service.sid,
    To: CUSTOMER,
    Body: "See you tomorrow",
    Status: "scheduled",
  });
  for (const Sid of [CALL_SID, DELETABLE_CALL_SID]) await control("calls/seed", { Sid, From: NUMBER, To: CUSTOMER });
  for (const Sid of [RECORDING_SID, DELETABLE_RECORDING_SID]) await control("recordings/seed", { Sid, CallSid: CALL_SID });
  await control("alerts", { ErrorCode: "11200", LogLevel: "error" });
  const media = await twilio("POST", `${ACCOUNT}/Messages.json`, {
    To: CUSTOMER,
    From: NUMBER,
    MediaUrl: "https://assets.example.com/voicemail.mp3",
  });
  const mediaList = (await twilio("GET", `${ACCOUNT}/Messages/${media.sid}/Media.json`)).media_list as Array<{ sid: string }>;
  const verifyService = await twilio("POST", "/verify/v2/Services", { FriendlyName: "Bench" });
  const pending = await twilio("POST", `/verify/v2/Services/${verifyService.sid}/Verifications`, { To: OTHER_CUSTOMER, Channel: "sms" });
  const studioFlow = await twilio("POST", "/studio/v2/Flows", {
    FriendlyName: "Bot",
    Status: "published",
    Definition: JSON.stringify({ states: [{ name: "Trigger" }, { name: "send_message" }] }),
  });
  return {
    numberSid: number.sid,
    serviceSid: service.sid,
    templateSid: await createContentTemplate(sandbox, "Hi {{1}}", "approved"),
    verifyServiceSid: String(verifyService.sid),
    pendingVerificationSid: String(pending.sid),
    flowSid: String(studioFlow.sid),
    intelligenceServiceSid: await createIntelligenceService(sandbox, "calls"),
    mediaMessageSid: String(media.sid),
    mediaSid: mediaList[0].sid,
  };
}

/** What the platform hands a trigger for a request Twilio (the sandbox) made to a flow's URL. */
function payloadOf(request: RecordedRequest, flowName: string): Partial<TriggerPayload> {
  const contentType = String(request.headers["content-type"]);
  const flowUrl = `${flows.url}${request.path}`;
  const query = request.query.toString();
  return {
    headers: {
      "Content-Type": contentType,
      "X-Twilio-Signature": String(request.headers["x-twilio-signature"]),
      "I-Twilio-Idempotency-Token": String(request.headers["i-twilio-idempotency-token"]),
    },
    queryParameters: Object.fromEntries(request.query),
    rawBody: { data: Buffer.from(request.rawBody), contentType },
    body: { data: Buffer.from(request.rawBody), contentType },
    webhookUrls: { [flowName]: flowUrl },
    invokeUrl: query ? `${flowUrl}?${query}` : flowUrl,
    flow: { id: "flowId", name: flowName, stableId: flowName.toLowerCase().replace(/\s+/g, "-") },
  };
}

beforeAll(async () => {
  bundled = require(BUNDLE_PATH).default;
  harness = createHarness(bundled);
  sandbox = await startTestSandbox({ clock: { running: false }, tickMs: 0 });
  flows = await startLoopbackServer(() => ({ status: 200, body: "" }));
  webhookUrl = `${flows.url}/trigger/incoming-sms`;
  seeded = await seed();
}, 180_000);

afterAll(async () => {
  await sandbox?.close();
  await flows?.close();
});

type Inputs = Record<string, unknown>;
/** What earlier steps returned, by action key: later steps act on what those created. */
type Earlier = Record<string, Record<string, unknown>>;

describe("the built bundle", () => {
  const actionInputs = (): Record<string, Inputs | ((earlier: Earlier) => Inputs)> => {
    const twilioConnection = authTokenConnection(sandbox.url);
    const { numberSid, serviceSid, templateSid, verifyServiceSid, flowSid, mediaMessageSid, mediaSid } = seeded;
    const conversation = (earlier: Earlier) => String(earlier.createConversation.sid);
    return {
      sendSMS: {
        twilioConnection,
        to: CUSTOMER,
        from: NUMBER,
        contentSid: templateSid,
        contentVariableList: [{ key: "1", value: "Jane" }],
        checkContentVariables: true,
      },
      sendBulkSMS: { twilioConnection, recipients: [CUSTOMER, OTHER_CUSTOMER], from: NUMBER, message: "hi", checkLineType: true },
      getSMS: { twilioConnection, sid: REPLY_SID },
      listMessages: { twilioConnection, limit: "10" },
      waitForReply: { twilioConnection, from: CUSTOMER, to: NUMBER, since: "2020-01-01T00:00:00Z", timeout: "5s" },
      cancelScheduledMessage: { twilioConnection, sid: SCHEDULED_SID },
      redactMessage: { twilioConnection, sid: REPLY_SID },
      deleteMessage: { twilioConnection, sid: DELETABLE_MESSAGE_SID },
      listMessageMedia: { twilioConnection, sid: mediaMessageSid },
      downloadMessageMedia: { twilioConnection, messageSid: mediaMessageSid, mediaSid },
      listPhoneNumbers: { twilioConnection, limit: "10" },
      searchAvailablePhoneNumbers: { twilioConnection, areaCode: "415" },
      buyPhoneNumber: (earlier) => ({
        twilioConnection,
        phoneNumber: (earlier.searchAvailablePhoneNumbers.availablePhoneNumbers as Array<{ phoneNumber: string }>)[0].phoneNumber,
      }),
      updatePhoneNumber: { twilioConnection, phoneNumber: numberSid, smsUrl: webhookUrl },
      releasePhoneNumber: (earlier) => ({
        twilioConnection,
        phoneNumber: String(earlier.buyPhoneNumber.sid),
        confirmNumber: String(earlier.buyPhoneNumber.phoneNumber),
      }),
      addNumberToMessagingService: { twilioConnection, messagingServiceSid: serviceSid, phoneNumber: numberSid },
      removeNumberFromMessagingService: { twilioConnection, messagingServiceSid: serviceSid, phoneNumber: NUMBER },
      checkSenderCompliance: { twilioConnection, sender: serviceSid },
      testConnection: { twilioConnection },
      rawRequest: { twilioConnection, url: `${ACCOUNT}.json`, method: "GET" },
      lookupPhoneNumber: { twilioConnection, phoneNumber: CUSTOMER, lineTypeIntelligence: true },
      sendVerification: { twilioConnection, verifyServiceSid, to: CUSTOMER, channel: "sms", customCode: CUSTOM_CODE },
      checkVerification: { twilioConnection, verifyServiceSid, to: CUSTOMER, code: CUSTOM_CODE },
      cancelVerification: { twilioConnection, verifyServiceSid, verificationSid: seeded.pendingVerificationSid },
      listVerifyServices: { twilioConnection },
      createVerifyService: { twilioConnection, friendlyName: "Bench" },
      listContentTemplates: { twilioConnection, approvalStatus: "approved" },
      getContentTemplate: { twilioConnection, sid: templateSid },
      triggerStudioFlow: { twilioConnection, flow: flowSid, to: CUSTOMER, from: NUMBER, parameters: [{ key: "orderId", value: "1" }] },
      getStudioExecution: (earlier) => ({ twilioConnection, flow: flowSid, executionSid: String(earlier.triggerStudioFlow.sid) }),
      makeCall: { twilioConnection, to: CUSTOMER, from: NUMBER, sayText: "Hello & <goodbye>" },
      getCall: { twilioConnection, sid: CALL_SID },
      listCalls: { twilioConnection, limit: "10" },
      updateCall: (earlier) => ({
        twilioConnection,
        sid: String(earlier.makeCall.sid),
        change: "redirect",
        twiml: "<Response><Hangup/></Response>",
      }),
      listRecordings: { twilioConnection, callSid: CALL_SID },
      getRecording: { twilioConnection, sid: RECORDING_SID },
      downloadRecording: { twilioConnection, sid: RECORDING_SID },
      deleteRecording: { twilioConnection, sid: DELETABLE_RECORDING_SID },
      deleteCall: { twilioConnection, sid: DELETABLE_CALL_SID, confirmSid: DELETABLE_CALL_SID },
      createSubaccount: { twilioConnection, friendlyName: "Tenant" },
      listSubaccounts: { twilioConnection },
      getSubaccount: (earlier) => ({ twilioConnection, sid: String(earlier.createSubaccount.sid) }),
      updateSubaccount: (earlier) => ({ twilioConnection, sid: String(earlier.createSubaccount.sid), status: "suspended" }),
      listUsageRecords: { twilioConnection, period: "thisMonth" },
      getAccountBalance: { twilioConnection },
      createTranscript: { twilioConnection, serviceSid: seeded.intelligenceServiceSid, recordingSid: RECORDING_SID },
      getTranscript: (earlier) => ({ twilioConnection, sid: String(earlier.createTranscript.sid) }),
      listTranscripts: { twilioConnection },
      listAlerts: { twilioConnection, logLevel: "error" },
      createConversation: { twilioConnection, friendlyName: "Order 1" },
      getConversation: (earlier) => ({ twilioConnection, conversation: conversation(earlier) }),
      listConversations: { twilioConnection, state: "active" },
      addConversationParticipant: (earlier) => ({ twilioConnection, conversation: conversation(earlier), identity: "agent" }),
      listConversationParticipants: (earlier) => ({ twilioConnection, conversation: conversation(earlier) }),
      removeConversationParticipant: (earlier) => ({
        twilioConnection,
        conversation: conversation(earlier),
        participantSid: String(earlier.addConversationParticipant.sid),
      }),
      sendConversationMessage: (earlier) => ({ twilioConnection, conversation: conversation(earlier), body: "hi" }),
      listConversationMessages: (earlier) => ({ twilioConnection, conversation: conversation(earlier), order: "desc" }),
      updateConversation: (earlier) => ({ twilioConnection, conversation: conversation(earlier), state: "inactive" }),
      deleteConversation: (earlier) => ({ twilioConnection, conversation: conversation(earlier), confirmDelete: true }),
    };
  };

  it("has an input set below for every action, so none is left out", () => {
    expect(Object.keys(bundled.actions).sort()).toEqual(Object.keys(actionInputs()).sort());
  });

  it("runs every action against Twilio's API", async () => {
    const earlier: Earlier = {};
    for (const [key, step] of Object.entries(actionInputs())) {
      const inputs = typeof step === "function" ? step(earlier) : step;
      const result = (await harness.action(key, inputs).catch((error) => ({ failed: `${key}: ${error}` }))) as {
        data?: unknown;
        failed?: string;
      };
      expect(result.failed).toBeUndefined();
      expect(result.data).toBeDefined();
      earlier[key] = result.data as Record<string, unknown>;
    }
  });

  it("runs every data source", async () => {
    for (const key of Object.keys(bundled.dataSources ?? {})) {
      const result = (await harness.dataSource(key, { connection: authTokenConnection(sandbox.url) })) as { result: unknown };
      expect({ key, isList: Array.isArray(result.result) }).toEqual({ key, isList: true });
    }
  });

  it("registers the webhook on deploy, then verifies and answers the incoming message Twilio signs", async () => {
    const params = {
      connection: authTokenConnection(sandbox.url),
      publicUrl: webhookUrl,
      phoneNumber: NUMBER,
      messagingService: seeded.serviceSid,
    };
    await harness.triggerOnInstanceDeploy("webhook", params, { webhookUrls: { [WEBHOOK_FLOW]: webhookUrl } });
    expect(sandbox.requests.some((req) => req.method === "POST" && req.form.get("SmsUrl") === webhookUrl)).toBe(true);
    expect(sandbox.requests.some((req) => req.method === "POST" && req.form.get("InboundRequestUrl") === webhookUrl)).toBe(true);
    expect(await twilio("GET", `${ACCOUNT}/IncomingPhoneNumbers/${seeded.numberSid}.json`)).toMatchObject({ sms_url: webhookUrl });
    expect(await twilio("GET", `/messaging/v1/Services/${seeded.serviceSid}`)).toMatchObject({ inbound_request_url: webhookUrl });

    await sandbox.control("POST", "incoming/messages", { From: CUSTOMER, To: NUMBER, Body: "YES" });
    const delivered = flows.requests.filter((req) => req.form.get("Body") === "YES");
    expect(delivered).toHaveLength(1);
    const result = (await harness.trigger("webhook", payloadOf(delivered[0], WEBHOOK_FLOW), params)) as unknown as {
      payload: { signatureVerified: boolean };
    };
    expect(result.payload.signatureVerified).toBe(true);
  });

  it("subscribes on deploy and reads the signed Event Streams delivery of a message's status", async () => {
    const eventsUrl = `${flows.url}/trigger/account-events`;
    const params = { connection: authTokenConnection(sandbox.url), eventTypes: [DELIVERED] };
    await harness.triggerOnInstanceDeploy("eventStreams", params, {
      webhookUrls: { [EVENTS_FLOW]: eventsUrl },
      flow: { id: "flowId", name: EVENTS_FLOW, stableId: "account-events" },
    });
    const shipped = await twilio("POST", `${ACCOUNT}/Messages.json`, { To: CUSTOMER, From: NUMBER, Body: "Shipped" });
    await sandbox.clock.advance(2_000);
    await sandbox.settle();
    const delivery = flows.requests.find((req) => req.path === "/trigger/account-events" && req.rawBody.includes(String(shipped.sid)));
    if (!delivery) throw new Error("the sandbox delivered no event to the sink");
    const sent = [JSON.parse(delivery.rawBody)].flat() as Array<{ id: string; type: string; subject: string }>;
    expect(sent).toContainEqual(expect.objectContaining({ type: DELIVERED, subject: shipped.sid }));
    const result = (await harness.trigger("eventStreams", payloadOf(delivery, EVENTS_FLOW), params)) as unknown as {
      payload: { events: Array<{ id: string }> };
    };
    expect(result.payload.events.map((event) => event.id)).toEqual(sent.map((event) => event.id));
  });

  it("polls for messages", async () => {
    const result = (await harness.trigger(
      "pollChangesTrigger",
      {},
      { connection: authTokenConnection(sandbox.url) },
      { instanceState: {} },
    )) as unknown as {
      payload: { body: { data: unknown[] } };
    };
    expect(Array.isArray(result.payload.body.data)).toBe(true);
  });

  it("downloads files as Buffers, byte for byte", async () => {
    const twilioConnection = authTokenConnection(sandbox.url);
    const { mediaMessageSid, mediaSid } = seeded;
    for (const [key, inputs, path] of [
      ["downloadRecording", { twilioConnection, sid: RECORDING_SID, format: "mp3" }, `${ACCOUNT}/Recordings/${RECORDING_SID}.mp3`],
      [
        "downloadMessageMedia",
        { twilioConnection, messageSid: mediaMessageSid, mediaSid },
        `${ACCOUNT}/Messages/${mediaMessageSid}/Media/${mediaSid}`,
      ],
    ] as const) {
      const result = (await harness.action(key, inputs)) as { data: Buffer; contentType: string };
      const served = await servedBytes(path);
      expect({ key, equal: Buffer.isBuffer(result.data) && result.data.equals(served), contentType: result.contentType }).toEqual({
        key,
        equal: true,
        contentType: "audio/mpeg",
      });
    }
  });

  it("answers the incoming call Twilio signs with the chosen TwiML", async () => {
    await sandbox.control("POST", "incoming/calls", { From: CUSTOMER, To: NUMBER });
    const ringing = flows.requests.filter((req) => req.form.get("CallStatus") === "ringing");
    expect(ringing).toHaveLength(1);
    const result = (await harness.trigger("webhook", payloadOf(ringing[0], WEBHOOK_FLOW), {
      connection: authTokenConnection(sandbox.url),
      publicUrl: webhookUrl,
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
        const result = (await harness.trigger(key, {}, { connection: authTokenConnection(sandbox.url) }, { instanceState })) as unknown as {
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
