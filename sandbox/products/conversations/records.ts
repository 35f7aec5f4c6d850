import { iso8601 } from "../../core/clock";
import type { SandboxContext } from "../../core/types";

/** What the sandbox keeps of Conversations, per account, and how Twilio shows each record. */
export interface ConversationService {
  sid: string;
  friendlyName: string;
  created: number;
  webhooks: { preWebhookUrl: string | null; postWebhookUrl: string | null; method: string; filters: string[] };
}
export interface Conversation {
  sid: string;
  serviceSid: string;
  fields: Record<string, unknown>;
  state: string;
  created: number;
  updated: number;
}
export interface Participant {
  sid: string;
  conversationSid: string;
  identity: string | null;
  address: string | null;
  proxyAddress: string | null;
  attributes: string;
  created: number;
}
export interface ConversationMessage {
  sid: string;
  conversationSid: string;
  index: number;
  author: string;
  body: string | null;
  media: string[];
  contentSid: string | null;
  attributes: string;
  participantSid: string | null;
  created: number;
}

export const conversationsOf = (context: SandboxContext, accountSid: string) =>
  context.state("conversations", accountSid, () => ({
    services: [] as ConversationService[],
    conversations: [] as Conversation[],
    participants: [] as Participant[],
    messages: [] as ConversationMessage[],
  }));

const BASE = "https://conversations.twilio.com/v1";

const conversationUrl = (one: Conversation) => `${BASE}/Services/${one.serviceSid}/Conversations/${one.sid}`;

export const conversationJson = (accountSid: string, one: Conversation) => {
  const inactiveAfter = durationMs(one.fields["Timers.Inactive"]);
  const closedAfter = durationMs(one.fields["Timers.Closed"]);
  return {
    account_sid: accountSid,
    chat_service_sid: one.serviceSid,
    messaging_service_sid: (one.fields.MessagingServiceSid as string | undefined) ?? null,
    sid: one.sid,
    friendly_name: (one.fields.FriendlyName as string | undefined) ?? null,
    unique_name: (one.fields.UniqueName as string | undefined) ?? null,
    attributes: attributesText(one.fields.Attributes),
    state: one.state,
    date_created: iso8601(one.created),
    date_updated: iso8601(one.updated),
    timers: {
      ...(inactiveAfter ? { date_inactive: iso8601(one.updated + inactiveAfter) } : {}),
      ...(closedAfter ? { date_closed: iso8601(one.updated + closedAfter) } : {}),
    },
    url: conversationUrl(one),
    links: { participants: `${conversationUrl(one)}/Participants`, messages: `${conversationUrl(one)}/Messages` },
    bindings: null,
  };
};

export const participantJson = (accountSid: string, owner: Conversation, one: Participant) => ({
  account_sid: accountSid,
  chat_service_sid: owner.serviceSid,
  conversation_sid: one.conversationSid,
  sid: one.sid,
  identity: one.identity,
  attributes: one.attributes,
  messaging_binding: one.address
    ? { type: one.address.startsWith("whatsapp:") ? "whatsapp" : "sms", address: one.address, proxy_address: one.proxyAddress }
    : null,
  role_sid: null,
  date_created: iso8601(one.created),
  date_updated: iso8601(one.created),
  url: `${conversationUrl(owner)}/Participants/${one.sid}`,
  last_read_message_index: null,
  last_read_timestamp: null,
});

export const messageJson = (accountSid: string, owner: Conversation, one: ConversationMessage) => ({
  account_sid: accountSid,
  chat_service_sid: owner.serviceSid,
  conversation_sid: one.conversationSid,
  sid: one.sid,
  index: one.index,
  author: one.author,
  body: one.body,
  media: one.media.length ? one.media.map((sid) => ({ sid, content_type: "image/jpeg", filename: null, size: 0 })) : null,
  attributes: one.attributes,
  participant_sid: one.participantSid,
  date_created: iso8601(one.created),
  date_updated: iso8601(one.created),
  url: `${conversationUrl(owner)}/Messages/${one.sid}`,
  delivery: null,
  links: { delivery_receipts: `${conversationUrl(owner)}/Messages/${one.sid}/Receipts` },
  content_sid: one.contentSid,
});

export const webhooksJson = (accountSid: string, one: ConversationService) => ({
  account_sid: accountSid,
  chat_service_sid: one.sid,
  pre_webhook_url: one.webhooks.preWebhookUrl,
  post_webhook_url: one.webhooks.postWebhookUrl,
  filters: one.webhooks.filters,
  method: one.webhooks.method,
  url: `${BASE}/Services/${one.sid}/Configuration/Webhooks`,
});

export const serviceJson = (accountSid: string, one: ConversationService) => ({
  account_sid: accountSid,
  sid: one.sid,
  friendly_name: one.friendlyName,
  date_created: iso8601(one.created),
  date_updated: iso8601(one.created),
  url: `${BASE}/Services/${one.sid}`,
  links: { conversations: `${BASE}/Services/${one.sid}/Conversations` },
});

export function attributesText(value: unknown): string {
  if (value === undefined || value === null) return "{}";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** PT30M, P1D, P1DT12H in milliseconds; 0 when absent. */
function durationMs(value: unknown): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(String(value ?? ""));
  if (!match) return 0;
  const [, days, hours, minutes, seconds] = match.map((part) => Number(part ?? 0));
  return (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
}
