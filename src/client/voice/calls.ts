import type V2010 from "twilio/lib/rest/api/V2010";
import type {
  CallContextUpdateOptions,
  CallInstance,
  CallListInstance,
  CallListInstanceCreateOptions,
} from "twilio/lib/rest/api/v2010/account/call";
import { createOnceForKey, type IdempotencyOptions } from "../claims/keyedCreate";
import { checkedSid } from "../identifiers/sids";
import type { STATUS_CALLBACK_EVENTS } from "../terms";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";
import { type Speech, spokenTwiml } from "./twiml";

/** twilio-node's call list weighs about 123 KB: it loads, as a chunk of its own, on the first call step. */
export function callList(client: TwilioClient): Promise<CallListInstance> {
  return client.product("voiceCalls", async (version) => {
    const { CallListInstance } = await import(/* webpackChunkName: "voice-calls" */ "twilio/lib/rest/api/v2010/account/call");
    return CallListInstance(version(TWILIO_ORIGINS.api, "2010-04-01") as V2010, client.accountSid);
  });
}

/** What a call does once answered: each input of Make Call that can say it, of which exactly one is set. */
export type CallInstructions =
  | { speech: Speech }
  | { audioUrl: string }
  | { twiml: string }
  | { url: string; method: "GET" | "POST" }
  | { applicationSid: string };

/** The instructions a live call can be redirected to (a TwiML App is only for placing calls). */
export type RedirectInstructions = Exclude<CallInstructions, { applicationSid: string }>;

export type StatusCallbackEvent = (typeof STATUS_CALLBACK_EVENTS)[number];

interface OutgoingCall {
  to: string;
  from: string;
  instructions: CallInstructions;
  statusCallback?: string;
  statusCallbackEvents: StatusCallbackEvent[];
  record: boolean;
  machineDetection?: "Enable" | "DetectMessageEnd";
  ringTimeoutSeconds?: number;
  sendDigits?: string;
  timeLimitSeconds?: number;
}

/** A call as builders see it in a step's output: plain JSON, dates as ISO 8601 strings. */
export type CallRecord = Record<string, unknown>;

export function toCallRecord(instance: CallInstance): CallRecord {
  return JSON.parse(JSON.stringify(instance.toJSON()));
}

/**
 * The Url, Twiml or ApplicationSid parameter that carries the instructions. The inputs checked
 * them (inputs/callInstructions.ts: the TwiML document, its length, the App SID); a wrong one is
 * refused by Twilio with nothing done, so none is checked twice.
 */
function instructionParameters(
  instructions: CallInstructions,
): Pick<CallListInstanceCreateOptions, "url" | "method" | "twiml" | "applicationSid"> {
  if ("applicationSid" in instructions) return { applicationSid: instructions.applicationSid };
  if ("url" in instructions) return { url: instructions.url, method: instructions.method };
  if ("twiml" in instructions) return { twiml: instructions.twiml };
  return { twiml: spokenTwiml(instructions) };
}

function toCallCreateOptions(call: OutgoingCall): CallListInstanceCreateOptions {
  return {
    to: call.to,
    from: call.from,
    ...instructionParameters(call.instructions),
    statusCallback: call.statusCallback,
    statusCallbackEvent: call.statusCallbackEvents.length > 0 ? call.statusCallbackEvents : undefined,
    record: call.record || undefined,
    machineDetection: call.machineDetection,
    timeout: call.ringTimeoutSeconds,
    sendDigits: call.sendDigits,
    timeLimit: call.timeLimitSeconds,
  };
}

/** A POST that places a call: the transport retries it only when Twilio cannot have received it (a 429, a refused connection). */
async function makeCall(client: TwilioClient, call: OutgoingCall): Promise<CallRecord> {
  const options = toCallCreateOptions(call);
  return toCallRecord(await (await callList(client)).create(options));
}

/** A call log search reaches back this far from the newest call to the same number from the same caller. */
const CALL_LOOKUP_PAGE_SIZE = 50;

/**
 * Places the call at most once per idempotency key (see createOnceForKey): a rerun gets the first
 * call, as it is now. A call left unrecorded by an execution that stopped is looked for in the
 * call log by To, From and creation time.
 */
export function makeCallOnce(client: TwilioClient, call: OutgoingCall, run: IdempotencyOptions) {
  const options = toCallCreateOptions(call);
  return createOnceForKey(client, run, options, {
    noun: "call",
    create: () => makeCall(client, call),
    replay: (prior) => fetchCall(client, prior.sid),
    findCreated: async (since) => {
      const page = await (await callList(client)).page({ to: options.to, from: options.from, pageSize: CALL_LOOKUP_PAGE_SIZE });
      const found = page.instances.find((instance) => instance.dateCreated >= since);
      const proven = found || !page.nextPageUrl || page.instances.some((instance) => instance.dateCreated < since);
      if (!proven) throw new Error("the call log has more calls since then than are searched");
      return found && toCallRecord(found);
    },
  });
}

export async function fetchCall(client: TwilioClient, sid: string): Promise<CallRecord> {
  return toCallRecord(await (await callList(client))(checkedSid("call", sid, "CallSid")).fetch());
}

export type CallChange = { hangUp: true } | { cancel: true } | { redirect: RedirectInstructions };

/**
 * Hanging up ends a call in progress (status completed); canceling ends one still queued or
 * ringing, and leaves a call in progress alone; a redirect makes a live call follow new TwiML.
 */
export async function updateCall(client: TwilioClient, sid: string, change: CallChange): Promise<CallRecord> {
  const callSid = checkedSid("call", sid, "CallSid");
  let options: CallContextUpdateOptions;
  if ("hangUp" in change) options = { status: "completed" };
  else if ("cancel" in change) options = { status: "canceled" };
  else options = instructionParameters(change.redirect);
  return toCallRecord(await (await callList(client))(callSid).update(options));
}

export interface DeletedCall {
  sid: string;
  deleted: true;
}

/** Removes the call's log record for good (Twilio answers 204); the call's recordings stay. */
export async function deleteCall(client: TwilioClient, sid: string): Promise<DeletedCall> {
  await (await callList(client))(checkedSid("call", sid, "CallSid")).remove();
  return { sid, deleted: true };
}
