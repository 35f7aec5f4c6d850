import { SpectralError, type TriggerPayload } from "@prismatic-io/spectral";
import { validateRequest, validateRequestWithBody } from "twilio/lib/webhooks/webhooks";
import { isConversationEvent } from "./conversationEvents";

/** Why a signature could not be checked or did not match, where configuration settles it. */
export type SignatureFault = "noWebhookUrl" | "noAuthToken" | "mismatch";

/** A request Twilio did not sign, or that cannot be checked: the flow must stop before any step sees it. */
export class TwilioSignatureError extends SpectralError {
  constructor(
    readonly reason: string,
    readonly fault?: SignatureFault,
  ) {
    super(`Rejected the request to the Twilio webhook trigger: ${reason}`);
    this.name = "TwilioSignatureError";
  }
}

/**
 * incomingCall: Twilio asks what to do with a call (an incoming call, or an outbound one whose TwiML URL is the flow);
 * callStatus: a call's progress (status callbacks, and the request after a voicemail's <Record>);
 * recordingStatus: a recording's status callback (completed: the audio can be downloaded);
 * conversationEvent: a Conversations post-event webhook (onMessageAdded, onParticipantAdded, ...).
 */
export type TwilioEventType =
  | "incomingMessage"
  | "statusCallback"
  | "incomingCall"
  | "callStatus"
  | "recordingStatus"
  | "conversationEvent"
  | "other";

export type TwilioFields = Record<string, unknown>;

export interface TwilioWebhookEvent {
  /** Twilio's parameters: form fields (a repeated field becomes an array), or the JSON body. */
  fields: TwilioFields;
  eventType: TwilioEventType;
  /** I-Twilio-Idempotency-Token: the same value on a retried delivery, so a flow can drop it. */
  idempotencyToken: string | null;
  signatureVerified: boolean;
}

export interface WebhookCheck {
  /** The account's primary Auth Token; undefined when the connection does not carry one. */
  authToken?: string;
  /** The URL configured at Twilio, overriding the flow's webhook URL (a proxy in front of Prismatic). */
  publicUrl?: string;
  /** Only when the builder explicitly opted out of signature checks. */
  skipVerification: boolean;
}

const SIGNATURE_HEADER = "x-twilio-signature";
const IDEMPOTENCY_HEADER = "i-twilio-idempotency-token";

/** Checks that Twilio sent this request, then reads what it says. Throws TwilioSignatureError otherwise. */
export function readTwilioWebhook(payload: TriggerPayload, check: WebhookCheck): TwilioWebhookEvent {
  const body = readRawBody(payload);
  const readings = signedUrlCandidates(payload, check.publicUrl).map((url) => readRequest(url, body));
  // The fields come from the URL whose signature matched, so an unsigned query string cannot slip in.
  const { fields } = check.skipVerification ? readings[0] : verifiedReading(payload, check.authToken, readings, body);
  return {
    fields,
    eventType: eventTypeOf(fields),
    idempotencyToken: header(payload, IDEMPOTENCY_HEADER) ?? null,
    signatureVerified: !check.skipVerification,
  };
}

/** The request as read through one candidate URL: what it says and what Twilio signed of it. */
interface RequestReading {
  url: string;
  fields: TwilioFields;
  /** The form fields the signature covers, or null for a JSON body, which it covers through bodySHA256. */
  signedFields: TwilioFields | null;
}

/** Twilio signs the body's fields, the hash of a JSON body (bodySHA256 in the URL), or for a GET nothing but the URL. */
function readRequest(url: string, body: string): RequestReading {
  if (new URL(url).searchParams.has("bodySHA256")) return { url, fields: jsonFields(body), signedFields: null };
  const fields = formFields(body, url);
  return { url, fields, signedFields: body === "" ? {} : fields };
}

/** The URL Twilio was given for this flow: the public URL input, or the flow's own webhook URL; undefined when there is neither. */
export function configuredWebhookUrl(
  webhookUrls: Record<string, string> | undefined,
  flowName: string | undefined,
  publicUrl?: string,
): string | undefined {
  return publicUrl ?? (flowName ? webhookUrls?.[flowName] : undefined);
}

/**
 * Twilio signs the exact URL it called, query string included. The base comes from
 * configuration, never from request headers a proxy could set; only the query string is taken
 * from the request, raw from the invoke URL when the platform kept it, else rebuilt.
 */
function signedUrlCandidates(payload: TriggerPayload, publicUrl?: string): string[] {
  const url = configuredWebhookUrl(payload.webhookUrls, payload.flow?.name, publicUrl);
  if (!url) {
    throw new TwilioSignatureError("this flow has no webhook URL to check the signature against.", "noWebhookUrl");
  }
  const configured = new URL(url);
  const base = `${configured.origin}${configured.pathname}`;
  const queries = [rawQueryOf(payload.invokeUrl), new URLSearchParams(payload.queryParameters ?? {}).toString()];
  const candidates = queries.map((query) => (query ? `${base}?${query}` : base));
  return [...new Set(candidates)];
}

function rawQueryOf(url: string | undefined): string {
  const start = url?.indexOf("?") ?? -1;
  return url && start !== -1 ? url.slice(start + 1).split("#")[0] : "";
}

function verifiedReading(payload: TriggerPayload, authToken: string | undefined, readings: RequestReading[], body: string): RequestReading {
  if (!authToken) {
    throw new TwilioSignatureError("the connection has no Auth Token to check Twilio's signature with.", "noAuthToken");
  }
  const signature = header(payload, SIGNATURE_HEADER);
  if (!signature) throw new TwilioSignatureError("it has no X-Twilio-Signature header, so it did not come from Twilio.");
  const verified = readings.find(({ url, signedFields }) =>
    signedFields === null
      ? validateRequestWithBody(authToken, signature, url, body)
      : validateRequest(authToken, signature, url, signedFields),
  );
  if (!verified) {
    const checkedUrl = readings[0].url.split("?")[0];
    throw new TwilioSignatureError(
      `its X-Twilio-Signature does not match (checked against ${checkedUrl} with the connection's Auth Token). Either it did not come from Twilio, the Auth Token belongs to another account or was rotated, or Twilio calls a different URL.`,
      "mismatch",
    );
  }
  return verified;
}

function header(payload: TriggerPayload, name: string): string | undefined {
  const entry = Object.entries(payload.headers ?? {}).find(([key]) => key.toLowerCase() === name);
  const value: unknown = entry?.[1];
  return Array.isArray(value) ? String(value[0]) : typeof value === "string" ? value : undefined;
}

/**
 * The body exactly as Twilio sent it, which the signature or body hash covers. The platform
 * may hand it over as a Buffer, a serialized Buffer or text, in rawBody or in body.
 */
function readRawBody(payload: TriggerPayload): string {
  const candidates = [payload.rawBody?.data, payload.body?.data];
  for (const candidate of candidates) {
    const text = asText(candidate);
    if (text !== undefined) return text;
  }
  if (candidates.every((candidate) => candidate === undefined || candidate === null)) return "";
  throw new TwilioSignatureError("its body did not arrive as sent (only a parsed copy), so its signature cannot be checked.");
}

function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value instanceof Uint8Array) return Buffer.from(value).toString("utf8");
  const serialized = value as { type?: unknown; data?: unknown } | null;
  if (serialized?.type === "Buffer" && Array.isArray(serialized.data)) return Buffer.from(serialized.data as number[]).toString("utf8");
  return undefined;
}

/** Form fields as twilio-node's validateRequest expects them; a GET webhook carries them in the query. */
function formFields(body: string, url: string): TwilioFields {
  const params = body === "" ? new URL(url).searchParams : new URLSearchParams(body);
  const fields: TwilioFields = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    // A fresh array: twilio-node recognises repeated fields with instanceof Array, which fails for
    // an array made in another realm (as URLSearchParams' are under jest's sandbox).
    fields[key] = values.length === 1 ? values[0] : Array.from(values);
  }
  return fields;
}

function jsonFields(body: string): TwilioFields {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as TwilioFields) : { body: parsed };
  } catch {
    return { body };
  }
}

/** Call states after which Twilio asks nothing more of the flow. */
const ENDED_CALL_STATUSES = new Set(["completed", "busy", "failed", "no-answer", "canceled"]);

/**
 * Voice requests carry a CallSid and no MessageSid. A recording's status callback carries its
 * RecordingStatus; a call's status callback its CallbackSource or a final CallStatus; the request
 * after a <Record> its RecordingUrl. Anything else is Twilio asking for the call's TwiML.
 */
function voiceEventTypeOf(fields: TwilioFields): TwilioEventType {
  if (typeof fields.RecordingStatus === "string") return "recordingStatus";
  const ended = typeof fields.CallStatus === "string" && ENDED_CALL_STATUSES.has(fields.CallStatus);
  if ("CallbackSource" in fields || "RecordingUrl" in fields || ended) return "callStatus";
  return "incomingCall";
}

/** Status callbacks carry MessageStatus; an incoming message carries its Body or media count instead. */
function eventTypeOf(fields: TwilioFields): TwilioEventType {
  // Checked first: onMessageAdded carries a Body as an incoming message does.
  if (isConversationEvent(fields)) return "conversationEvent";
  if (typeof fields.CallSid === "string" && !("MessageSid" in fields)) return voiceEventTypeOf(fields);
  if (typeof fields.MessageStatus === "string" && fields.MessageStatus !== "received") return "statusCallback";
  if ("Body" in fields || "NumMedia" in fields) return "incomingMessage";
  return "other";
}
