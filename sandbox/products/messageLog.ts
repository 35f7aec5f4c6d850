import { rfc2822 } from "../core/clock";
import type { SandboxContext } from "../core/types";

/** How the sandbox keeps messages (see messages.ts) and writes them as Twilio's JSON. */
export interface StoredMessage {
  sid: string;
  account_sid: string;
  to: string;
  from: string | null;
  body: string;
  messaging_service_sid: string | null;
  direction: "inbound" | "outbound-api" | "outbound-reply";
  status: string;
  error_code: number | null;
  error_message: string | null;
  num_media: string;
  date_created: number;
  date_sent: number | null;
  date_updated: number;
  /** Where the outbound message is in its life: when it is sent, when it is delivered. */
  sendAt: number | null;
  statusCallback: string | null;
  media: Array<{ sid: string; content_type: string; url: string; date_created: number }>;
}

/** After its send time a message is "sending", then "sent", then delivered (or not). */
export const SENDING_AFTER_MS = 500;
export const SEND_AFTER_MS = 1_000;
export const DELIVER_AFTER_MS = 1_000;
export const FINISHED = new Set(["delivered", "undelivered", "failed", "received", "canceled", "read"]);

export interface MessageLog {
  messages: StoredMessage[];
  /** To number to the failure its messages end in. */
  outcomes: Map<string, { status: "failed" | "undelivered"; errorCode: number }>;
}

export const messageLog = (context: SandboxContext, accountSid: string): MessageLog =>
  context.state("messages", accountSid, () => ({ messages: [], outcomes: new Map() }));

/** A message with Twilio's defaults for what the caller does not say. */
export function newMessage(
  fields: Pick<StoredMessage, "sid" | "account_sid" | "to" | "direction" | "status" | "date_created"> & Partial<StoredMessage>,
): StoredMessage {
  return {
    from: null,
    body: "",
    messaging_service_sid: null,
    error_code: null,
    error_message: null,
    num_media: "0",
    date_sent: null,
    date_updated: fields.date_created,
    sendAt: null,
    statusCallback: null,
    media: [],
    ...fields,
  };
}

export function segments(body: string): string {
  // GSM-7 fits 160 characters in one segment (153 when split), UCS-2 70 (67).
  const unicode = /[^\x20-\x7E\n\r]/.test(body);
  const [single, part] = unicode ? [70, 67] : [160, 153];
  return String(body.length <= single ? 1 : Math.ceil(body.length / part));
}

export function messageJson(message: StoredMessage) {
  const uri = `/2010-04-01/Accounts/${message.account_sid}/Messages/${message.sid}.json`;
  return {
    account_sid: message.account_sid,
    api_version: "2010-04-01",
    body: message.body,
    date_created: rfc2822(message.date_created),
    date_sent: message.date_sent === null ? null : rfc2822(message.date_sent),
    date_updated: rfc2822(message.date_updated),
    direction: message.direction,
    error_code: message.error_code,
    error_message: message.error_message,
    from: message.from,
    messaging_service_sid: message.messaging_service_sid,
    num_media: message.num_media,
    num_segments: segments(message.body),
    price: null,
    price_unit: "USD",
    sid: message.sid,
    status: message.status,
    subresource_uris: { media: uri.replace(/\.json$/, "/Media.json"), feedback: uri.replace(/\.json$/, "/Feedback.json") },
    to: message.to,
    uri,
  };
}

export function mediaJson(message: StoredMessage, media: StoredMessage["media"][number]) {
  return {
    account_sid: message.account_sid,
    content_type: media.content_type,
    date_created: rfc2822(media.date_created),
    date_updated: rfc2822(media.date_created),
    parent_sid: message.sid,
    sid: media.sid,
    uri: `/2010-04-01/Accounts/${message.account_sid}/Messages/${message.sid}/Media/${media.sid}.json`,
  };
}

/** Media types Twilio accepts for MMS, by the file's extension; anything else is kept as a JPEG. */
const MEDIA_TYPES: Record<string, string> = {
  png: "image/png",
  gif: "image/gif",
  pdf: "application/pdf",
  mp3: "audio/mpeg",
  ogg: "audio/ogg",
  mp4: "video/mp4",
};

export function contentTypeOf(url: string): string {
  const extension = /\.([a-z0-9]+)($|\?)/i.exec(url)?.[1]?.toLowerCase() ?? "";
  return MEDIA_TYPES[extension] ?? "image/jpeg";
}
