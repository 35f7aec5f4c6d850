import { mapRecord } from "../records";

/** Conversations' answers as records: camelCase, dates in ISO 8601, attributes parsed from their JSON string. */
type Body = Record<string, unknown>;

export interface ConversationRecord {
  sid: string;
  accountSid: string | null;
  /** The Conversation Service (IS...) it belongs to. */
  chatServiceSid: string | null;
  messagingServiceSid: string | null;
  friendlyName: string | null;
  uniqueName: string | null;
  /** active, inactive or closed. */
  state: string | null;
  attributes: unknown;
  /** When it becomes inactive or closed, if timers are set: ISO 8601 instants. */
  timers: { dateInactive: string | null; dateClosed: string | null };
  dateCreated: string | null;
  dateUpdated: string | null;
  url: string | null;
}

export interface ParticipantRecord {
  sid: string;
  conversationSid: string | null;
  /** The chat identity, for a chat participant. */
  identity: string | null;
  /** The person's address (+1555..., whatsapp:+1555...) and the Twilio number it is reached through, for SMS and WhatsApp. */
  address: string | null;
  proxyAddress: string | null;
  messagingBinding: unknown;
  roleSid: string | null;
  attributes: unknown;
  dateCreated: string | null;
  dateUpdated: string | null;
  url: string | null;
}

export interface ConversationMessageRecord {
  sid: string;
  conversationSid: string | null;
  /** Position in the conversation, from 0. */
  index: number | null;
  author: string | null;
  body: string | null;
  media: unknown[];
  contentSid: string | null;
  participantSid: string | null;
  attributes: unknown;
  /** Delivery counts per status, for messages that went out over SMS or WhatsApp. */
  delivery: unknown;
  dateCreated: string | null;
  dateUpdated: string | null;
  url: string | null;
}

/** Twilio keeps attributes as a JSON string: a flow wants the object. Text that is not JSON is returned as it is. */
function attributesOf(value: unknown): unknown {
  if (typeof value !== "string") return value ?? {};
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export function toConversation(body: Body): ConversationRecord {
  const timers = (body.timers ?? {}) as Body;
  return {
    sid: String(body.sid ?? ""),
    ...mapRecord(body, {
      account_sid: "text",
      chat_service_sid: "text",
      messaging_service_sid: "text",
      friendly_name: "text",
      unique_name: "text",
      state: "text",
    }),
    attributes: attributesOf(body.attributes),
    timers: mapRecord(timers, { date_inactive: "date", date_closed: "date" }),
    ...mapRecord(body, { date_created: "date", date_updated: "date", url: "text" }),
  };
}

export function toParticipant(body: Body): ParticipantRecord {
  const binding = (body.messaging_binding ?? null) as Body | null;
  return {
    sid: String(body.sid ?? ""),
    ...mapRecord(body, { conversation_sid: "text", identity: "text" }),
    ...mapRecord(binding ?? {}, { address: "text", proxy_address: "text" }),
    messagingBinding: binding,
    ...mapRecord(body, { role_sid: "text" }),
    attributes: attributesOf(body.attributes),
    ...mapRecord(body, { date_created: "date", date_updated: "date", url: "text" }),
  };
}

export function toConversationMessage(body: Body): ConversationMessageRecord {
  return {
    sid: String(body.sid ?? ""),
    ...mapRecord(body, { conversation_sid: "text", index: "integer", author: "text" }),
    body: typeof body.body === "string" ? body.body : null,
    media: Array.isArray(body.media) ? body.media : [],
    ...mapRecord(body, { content_sid: "text", participant_sid: "text" }),
    attributes: attributesOf(body.attributes),
    ...mapRecord(body, { delivery: "value", date_created: "date", date_updated: "date", url: "text" }),
  };
}
