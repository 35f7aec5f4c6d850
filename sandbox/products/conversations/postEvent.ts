import type { SandboxContext } from "../../core/types";
import { emitEvent } from "../events/emit";
import { type Conversation, conversationsOf } from "./records";

/** Post-event webhook names to the Event Streams types that carry the same events. */
const STREAM_TYPES: Record<string, string> = {
  onConversationAdded: "com.twilio.conversations.conversation.added",
  onMessageAdded: "com.twilio.conversations.message.added",
  onParticipantAdded: "com.twilio.conversations.participant.added",
};

/** A post-event webhook of the conversation's service, when its filters ask for this event; and the same as an Event Streams event. */
export function postEvent(
  context: SandboxContext,
  accountSid: string,
  owner: Conversation,
  eventType: string,
  fields: Record<string, string>,
): void {
  const account = context.account(accountSid);
  const state = conversationsOf(context, accountSid);
  const hooks = state.services.find((candidate) => candidate.sid === owner.serviceSid)?.webhooks;
  const params = {
    AccountSid: accountSid,
    ChatServiceSid: owner.serviceSid,
    ConversationSid: owner.sid,
    EventType: eventType,
    Source: "API",
    RetryCount: "0",
    ...fields,
  };
  if (account && hooks?.postWebhookUrl && hooks.filters.includes(eventType)) {
    void context.callbacks.deliver({ url: hooks.postWebhookUrl, method: hooks.method, params, authToken: account.authToken });
  }
  const streamType = STREAM_TYPES[eventType];
  if (streamType) emitEvent(context, accountSid, { type: streamType, subject: owner.sid, data: params });
}
