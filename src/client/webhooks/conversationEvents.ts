/** A webhook's parameters (signature.ts's TwilioFields, named here without importing it back). */
type TwilioFields = Record<string, unknown>;

/**
 * Conversations' post-event webhooks (Twilio's list), sent in EventType; each becomes a flow run
 * when registered. Pre-events (onMessageAdd...) are not handled: Twilio waits for their answer.
 */
export const POST_EVENT_FILTERS = [
  "onMessageAdded",
  "onMessageUpdated",
  "onMessageRemoved",
  "onConversationAdded",
  "onConversationUpdated",
  "onConversationRemoved",
  "onConversationStateUpdated",
  "onParticipantAdded",
  "onParticipantUpdated",
  "onParticipantRemoved",
  "onDeliveryUpdated",
  "onUserAdded",
  "onUserUpdated",
] as const;

const POST_EVENTS = new Set<string>(POST_EVENT_FILTERS);

export interface ConversationEvent {
  /** onMessageAdded, onConversationStateUpdated, ... */
  eventType: string;
  /** CH...; null for user events, which belong to no conversation. */
  conversationSid: string | null;
}

export function isConversationEvent(fields: TwilioFields): boolean {
  return typeof fields.EventType === "string" && POST_EVENTS.has(fields.EventType);
}

/** The Conversations event a webhook carries, or null for every other Twilio webhook. */
export function conversationEventOf(fields: TwilioFields): ConversationEvent | null {
  if (!isConversationEvent(fields)) return null;
  const conversationSid = typeof fields.ConversationSid === "string" ? fields.ConversationSid : null;
  return { eventType: String(fields.EventType), conversationSid };
}
