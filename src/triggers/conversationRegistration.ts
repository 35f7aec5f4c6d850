import { type PostWebhookRegistration, registerPostWebhook, releasePostWebhook } from "../client/conversations/webhookRegistration";
import { REGISTERED_CONVERSATION_SERVICE } from "../client/terms";
import type { Registrar } from "./registrations";

/** A Conversation Service's post-event webhook. */
export const CONVERSATION_REGISTRAR = {
  stateKey: "twilioConversationWebhookRegistration",
  input: "Conversation Service to Register",
  refusedAs: REGISTERED_CONVERSATION_SERVICE,
  setting: "post-event webhook",
  owner: (registration) => `Conversation Service ${registration.conversationServiceSid}`,
  register: registerPostWebhook,
  release: releasePostWebhook,
} satisfies Registrar<PostWebhookRegistration>;
