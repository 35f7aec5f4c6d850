import type { ConversationMessageRecord, ConversationRecord, ParticipantRecord } from "../client/conversations/records";
import type { BoundedList } from "../client/paging";
import { actionOutput, extend, type FieldSchema, flag, integerOrNull, list, record, text, textOrNull, timeOrNull } from "./fields";
import { pageFields } from "./messages";

/** Attributes are the builder's own JSON: an object, or whatever value was stored. */
const attributesField = { description: "The JSON attributes stored on it (your own data, such as an order ID)." };

const conversationSchema = record<ConversationRecord>()("A conversation.", {
  sid: text("The conversation's SID (CH...): use it in Get, Update or Delete Conversation and in its participants and messages."),
  accountSid: textOrNull("The account it belongs to (AC...)."),
  chatServiceSid: textOrNull("The Conversation Service it lives in (IS...)."),
  messagingServiceSid: textOrNull("The Messaging Service its SMS and WhatsApp messages go through (MG...)."),
  friendlyName: textOrNull("Its display name."),
  uniqueName: textOrNull("The unique name you gave it, usable in place of its SID."),
  state: textOrNull("active, inactive or closed (closed is final)."),
  attributes: attributesField,
  timers: record<ConversationRecord["timers"]>()("When its timers fire.", {
    dateInactive: timeOrNull("When it becomes inactive without activity; null without that timer."),
    dateClosed: timeOrNull("When it closes without activity; null without that timer."),
  }),
  dateCreated: timeOrNull("When it was created."),
  dateUpdated: timeOrNull("When it last changed."),
  url: textOrNull("Its REST URL."),
});

const participantSchema = record<ParticipantRecord>()("A participant of a conversation.", {
  sid: text("The participant's SID (MB...): use it in Remove Conversation Participant."),
  conversationSid: textOrNull("The conversation it belongs to (CH...)."),
  identity: textOrNull("The chat identity, for a chat participant; null for SMS and WhatsApp."),
  address: textOrNull("The participant's phone number or whatsapp: address; null for chat."),
  proxyAddress: textOrNull("The Twilio number they are reached through; null for chat."),
  messagingBinding: { description: "Twilio's binding of the address and proxy address (type, address, proxy_address); null for chat." },
  roleSid: textOrNull("The role giving their permissions (RL...)."),
  attributes: attributesField,
  dateCreated: timeOrNull("When they were added."),
  dateUpdated: timeOrNull("When they last changed."),
  url: textOrNull("Their REST URL."),
});

const conversationMessageSchema = record<ConversationMessageRecord>()("A message in a conversation.", {
  sid: text("The message's SID (IM...)."),
  conversationSid: textOrNull("The conversation it is in (CH...)."),
  index: integerOrNull("Its position in the conversation, from 0."),
  author: textOrNull("Who wrote it: a chat identity, an address, or system."),
  body: textOrNull("Its text; null for media or template-only messages."),
  media: list({ description: "One media item: its sid, content_type, filename and size." }, "The media it carries."),
  contentSid: textOrNull("The Content Template it was sent from (HX...), if any."),
  participantSid: textOrNull("The participant who wrote it (MB...), if any."),
  attributes: attributesField,
  delivery: {
    description:
      "How delivery is going across SMS and WhatsApp participants (total, sent, delivered, read, failed...); null for chat only.",
  },
  dateCreated: timeOrNull("When it was sent."),
  dateUpdated: timeOrNull("When it last changed."),
  url: textOrNull("Its REST URL."),
});

/** A bounded list's page (the item type does not change its keys). */
const page = (noun: string, items: FieldSchema) =>
  record<BoundedList<unknown>>()(`${noun}, up to the limit.`, { items: list(items, `The ${noun.toLowerCase()} found.`), ...pageFields });

export const conversationOutput = actionOutput(conversationSchema);
export const conversationListOutput = actionOutput(page("Conversations", conversationSchema));
export const participantOutput = actionOutput(participantSchema);
export const participantListOutput = actionOutput(page("Participants", participantSchema));
export const conversationMessageListOutput = actionOutput(page("Messages", conversationMessageSchema));

export const sentConversationMessageOutput = actionOutput(
  extend(conversationMessageSchema, "The message sent.", {
    replayed: flag("True when an earlier run with the same Idempotency Key had sent it: nothing was sent this time."),
  }),
);

export const deletedConversationOutput = actionOutput(
  record<{ deleted: true; conversation: string }>()("The conversation deleted.", {
    deleted: flag("Always true: Twilio confirmed the deletion."),
    conversation: text("The SID or unique name of the conversation deleted."),
  }),
);

export const removedParticipantOutput = actionOutput(
  record<{ removed: true; participantSid: string }>()("The participant removed.", {
    removed: flag("Always true: Twilio confirmed the removal."),
    participantSid: text("The SID of the participant removed."),
  }),
);
