import { type PostWebhookRegistration, registerPostWebhook, releasePostWebhook } from "../client/conversations/webhookRegistration";
import type { Registrar } from "./registrations";

/** A Conversation Service's post-event webhook. */
export const CONVERSATION_REGISTRAR = {
  stateKey: "twilioConversationWebhookRegistration",
  input: "Conversation Service to Register",
  refusedAs: "ChatServiceSid",
  setting: "post-event webhook",
  owner: (registration) => `Conversation Service ${registration.conversationServiceSid}`,
  register: registerPostWebhook,
  release: releasePostWebhook,
} satisfies Registrar<PostWebhookRegistration>;
