/** A webhook's parameters (signature.ts's TwilioFields, named here without importing it back). */
type TwilioFields = Record<string, unknown>;

/** Post-event webhook names Conversations sends in EventType (pre-events, onMessageAdd..., are not handled: they wait for an answer). */
const POST_EVENTS = new Set([
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
]);

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
