import type { TriggerPayload } from "@prismatic-io/spectral";
import VoiceResponse from "twilio/lib/twiml/VoiceResponse";
import { InputError } from "../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../support/harness";
import { sharedSandbox } from "../support/sandbox";
import { signedFormPayload } from "../support/signedWebhook";
import { changeNumberInConsole, numberNow } from "./support/console";

const FLOW_NAME = "Calls";
const FLOW_URL = "https://hooks.example.prismatic.io/trigger/Q2FsbHM=";
const CALL_SID = `CA${"5f1c2a3b4d6e7f80".repeat(2)}`;
const CALLER = "+15558675310";
const NUMBER = "+15017122661";

const INCOMING_CALL = {
  AccountSid: ACCOUNT_SID,
  ApiVersion: "2010-04-01",
  CallSid: CALL_SID,
  CallStatus: "ringing",
  Called: NUMBER,
  Caller: CALLER,
  Direction: "inbound",
  From: CALLER,
  To: NUMBER,
};

const signed = (params: Record<string, string>) => signedFormPayload(params, { flowName: FLOW_NAME, flowUrl: FLOW_URL });

interface WebhookOutput {
  payload: TriggerPayload & { eventType: string; fields: Record<string, unknown>; signatureVerified: boolean };
  response: { statusCode: number; contentType: string; body: string };
}

const receive = async (params: Record<string, string>, inputs: Record<string, unknown> = {}) =>
  (await harness.trigger("webhook", signed(params), { connection: authTokenConnection("http://127.0.0.1:9"), ...inputs })) as WebhookOutput;

const oracle = (build: (response: VoiceResponse) => void) => {
  const response = new VoiceResponse();
  build(response);
  return response.toString();
};

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const twilio = sharedSandbox({ clock: { running: true } });

describe("webhook trigger: calls", () => {
  it("recognises an incoming call and answers it with an empty <Response/> by default", async () => {
    const { payload, response } = await receive(INCOMING_CALL);
    expect(payload).toMatchObject({ eventType: "incomingCall", signatureVerified: true, fields: INCOMING_CALL });
    expect(response).toEqual({ statusCode: 200, contentType: "text/xml", body: oracle(() => undefined) });
  });

  it("says the greeting, hostile text and all, exactly as twilio-node's VoiceResponse escapes it", async () => {
    const greeting = `Hi </Say><Dial>+19005550100</Dial> & "welcome" <to> Acme`;
    const { response } = await receive(INCOMING_CALL, {
      answerCalls: "say",
      callGreeting: greeting,
      callVoice: "Polly.Amy",
      callLanguage: "en-GB",
    });
    expect(response.body).toBe(oracle((twiml) => twiml.say({ voice: "Polly.Amy", language: "en-GB" }, greeting)));
    expect(response.body).not.toContain("<Dial>");
  });

  it.each([
    [
      "play",
      { callAudioUrl: "https://cdn.example.com/hold.mp3?a=1&b=2" },
      (twiml: VoiceResponse) => twiml.play("https://cdn.example.com/hold.mp3?a=1&b=2"),
    ],
    [
      "forward",
      { forwardTo: "+1 555 867 5311", forwardRingTimeout: "20" },
      (twiml: VoiceResponse) => twiml.dial({ timeout: 20 }).number("+15558675311"),
    ],
    ["reject", {}, (twiml: VoiceResponse) => twiml.reject({ reason: "rejected" })],
  ])("answers with %s", async (answerCalls, inputs, build) => {
    const { response } = await receive(INCOMING_CALL, { answerCalls, ...inputs });
    expect(response.body).toBe(oracle(build));
  });

  it("takes a voicemail whose recording reports back to this flow", async () => {
    const { response } = await receive(INCOMING_CALL, {
      answerCalls: "voicemail",
      callGreeting: "Leave a message.",
      voicemailMaxLength: "60",
    });
    expect(response.body).toBe(
      oracle((twiml) => {
        twiml.say("Leave a message.");
        twiml.record({ maxLength: 60, playBeep: true, recordingStatusCallback: FLOW_URL, recordingStatusCallbackEvent: ["completed"] });
      }),
    );
  });

  it("answers an outbound call whose TwiML URL is this flow", async () => {
    const { payload, response } = await receive(
      { ...INCOMING_CALL, Direction: "outbound-api", CallStatus: "in-progress" },
      { answerCalls: "say", callGreeting: "Your code is 1 2 3." },
    );
    expect(payload.eventType).toBe("incomingCall");
    expect(response.body).toContain("<Say>Your code is 1 2 3.</Say>");
  });

  it.each([
    [
      "a status callback",
      { ...INCOMING_CALL, CallStatus: "completed", CallDuration: "42", CallbackSource: "call-progress-events", SequenceNumber: "3" },
      "callStatus",
    ],
    [
      "a ringing progress event",
      { ...INCOMING_CALL, CallStatus: "ringing", CallbackSource: "call-progress-events", SequenceNumber: "1" },
      "callStatus",
    ],
    [
      "the request after a voicemail",
      {
        ...INCOMING_CALL,
        CallStatus: "completed",
        RecordingUrl: "https://api.twilio.com/2010-04-01/Accounts/AC/Recordings/RE1",
        RecordingDuration: "7",
      },
      "callStatus",
    ],
    [
      "a recording status callback",
      {
        AccountSid: ACCOUNT_SID,
        CallSid: CALL_SID,
        RecordingSid: `RE${"0".repeat(32)}`,
        RecordingUrl: "https://api.twilio.com/2010-04-01/Accounts/AC/Recordings/RE0",
        RecordingStatus: "completed",
        RecordingDuration: "7",
        RecordingChannels: "1",
        RecordingSource: "RecordVerb",
      },
      "recordingStatus",
    ],
  ])("recognises %s and answers it with an empty <Response/>, whatever the call answer", async (_name, params, eventType) => {
    const { payload, response } = await receive(params, { answerCalls: "say", callGreeting: "Hello" });
    expect(payload.eventType).toBe(eventType);
    expect(response.body).toBe(oracle(() => undefined));
  });

  it("still answers messages with Reply Message", async () => {
    const sms = { AccountSid: ACCOUNT_SID, MessageSid: `SM${"0".repeat(32)}`, From: CALLER, To: NUMBER, Body: "hi", NumMedia: "0" };
    const { payload, response } = await receive(sms, { replyMessage: "Thanks", answerCalls: "reject" });
    expect(payload.eventType).toBe("incomingMessage");
    expect(response.body).toContain("<Message>Thanks</Message>");
  });

  it.each([
    ["say", "Call Greeting"],
    ["play", "Call Audio URL"],
    ["forward", "Forward To"],
  ])("names the input an answer of %s needs", async (answerCalls, input) => {
    const error = await failureOf(receive(INCOMING_CALL, { answerCalls }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(`Input "${input}"`);
  });

  it("refuses a Forward To that is not a phone number", async () => {
    const error = await failureOf(receive(INCOMING_CALL, { answerCalls: "forward", forwardTo: "client:alice" }));
    expect(error.message).toContain('Input "Forward To"');
  });
});

describe("webhook trigger: points a number's calls at the flow", () => {
  const CUSTOMER_SMS = "https://customer.example.com/sms";
  const CUSTOMER_VOICE = "https://customer.example.com/voice";
  /** The sandbox Twilio the account and its number live on, emptied before each test. */
  let phoneSid: string;
  const on = sharedSandbox();
  beforeEach(async () => {
    on.sandbox.reset();
    const urls = { SmsUrl: CUSTOMER_SMS, SmsMethod: "GET", VoiceUrl: CUSTOMER_VOICE, VoiceMethod: "GET" };
    phoneSid = ((await on.sandbox.control("POST", "numbers", { PhoneNumber: NUMBER, ...urls })) as { sid: string }).sid;
  });
  const number = () => numberNow(on.sandbox, phoneSid);

  const context = (instanceState: Record<string, unknown> = {}) => ({
    instanceState,
    webhookUrls: { [FLOW_NAME]: FLOW_URL },
    flow: { id: "flowId", name: FLOW_NAME, stableId: "calls" },
  });
  const params = (inputs: Record<string, unknown>) => ({ connection: authTokenConnection(on.sandbox.url), phoneNumber: NUMBER, ...inputs });
  const deploy = async (inputs: Record<string, unknown>, state?: Record<string, unknown>) =>
    (await harness.triggerOnInstanceDeploy("webhook", params(inputs), context(state)))?.instanceState ?? {};
  const remove = (state: Record<string, unknown>) => harness.triggerOnInstanceDelete("webhook", params({}), context(state));
  const posts = () => on.sandbox.requests.filter((req) => req.method === "POST");

  it("points only the voice URL at the flow with Register For calls, and puts it back on delete", async () => {
    const state = await deploy({ registerFor: "calls" });
    expect(await number()).toMatchObject({ voice_url: FLOW_URL, voice_method: "POST", sms_url: CUSTOMER_SMS });
    expect(Object.keys(state)).toEqual(["twilioVoiceUrlRegistration"]);
    expect(state.twilioVoiceUrlRegistration).toEqual({
      phoneNumberSid: phoneSid,
      phoneNumber: NUMBER,
      registeredUrl: FLOW_URL,
      previousVoiceUrl: CUSTOMER_VOICE,
      previousVoiceMethod: "GET",
    });
    await remove(state);
    expect(await number()).toMatchObject({ voice_url: CUSTOMER_VOICE, voice_method: "GET", sms_url: CUSTOMER_SMS });
  });

  it("points both at the flow, and puts both back on delete", async () => {
    const state = await deploy({ registerFor: "both" });
    expect(await number()).toMatchObject({ voice_url: FLOW_URL, sms_url: FLOW_URL });
    await remove(state);
    expect(await number()).toMatchObject({ voice_url: CUSTOMER_VOICE, voice_method: "GET", sms_url: CUSTOMER_SMS, sms_method: "GET" });
  });

  it("keeps the SMS registration of an instance deployed before voice, and adds the voice one beside it", async () => {
    // The state an instance deployed by the SMS-only version holds.
    const oldState = await deploy({});
    expect(Object.keys(oldState)).toEqual(["twilioSmsUrlRegistration"]);
    const same = await deploy({}, oldState);
    expect(same).toEqual(oldState);
    const both = await deploy({ registerFor: "both" }, oldState);
    expect(both.twilioSmsUrlRegistration).toEqual(oldState.twilioSmsUrlRegistration);
    await remove(both);
    expect(await number()).toMatchObject({ voice_url: CUSTOMER_VOICE, sms_url: CUSTOMER_SMS, sms_method: "GET" });
  });

  it("puts the voice URL back on a redeploy that no longer registers calls", async () => {
    const both = await deploy({ registerFor: "both" });
    const messagesOnly = await deploy({ registerFor: "messages" }, both);
    expect(Object.keys(messagesOnly)).toEqual(["twilioSmsUrlRegistration"]);
    expect(await number()).toMatchObject({ voice_url: CUSTOMER_VOICE, sms_url: FLOW_URL });
  });

  it("leaves the voice URL alone on delete when someone changed it in between", async () => {
    const state = await deploy({ registerFor: "calls" });
    changeNumberInConsole(on.sandbox, phoneSid, { VoiceUrl: "https://someone-else.example.com/voice" });
    const before = posts().length;
    await remove(state);
    expect(posts()).toHaveLength(before);
  });

  it.each([
    ["voice_application_sid", "VoiceApplicationSid", `AP${"0".repeat(32)}`, "TwiML App"],
    ["trunk_sid", "TrunkSid", `TK${"0".repeat(32)}`, "SIP trunk"],
  ])("refuses to register calls when %s takes them, before changing anything", async (_name, field, value, owner) => {
    changeNumberInConsole(on.sandbox, phoneSid, { [field]: value });
    const error = await failureOf(deploy({ registerFor: "both" }));
    expect(error.message).toContain(owner);
    expect(error.message).toContain('"Register For"');
    expect(error.message).toContain('Remove it from the number\'s voice configuration at Twilio, or set "Register For" to messages only.');
    expect(posts()).toHaveLength(0);
  });

  it("fails the deploy, before any request, when the call answer misses an input", async () => {
    const error = await failureOf(deploy({ registerFor: "calls", answerCalls: "forward" }));
    expect(error.message).toContain('Input "Forward To"');
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("updates the voice URL in the shape Twilio's official spec accepts", async () => {
    const number = (await twilio.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122661" })) as { sid: string };
    const result = await harness.triggerOnInstanceDeploy(
      "webhook",
      { connection: authTokenConnection(twilio.sandbox.url), phoneNumber: number.sid, registerFor: "both" },
      context(),
    );
    expect(result?.instanceState?.twilioVoiceUrlRegistration).toMatchObject({ registeredUrl: FLOW_URL });
  });
});
