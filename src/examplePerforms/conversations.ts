import type { ConversationRecord } from "../client/conversations/records";
import { conversationExample, conversationMessageExample, participantExample } from "../examplePayloads/conversations";
import { checkMessageContent } from "../inputs/conversationMessages";
import { toNewParticipant } from "../inputs/conversationParticipants";

/** The conversation as the builder named it: a SID stays its SID, anything else is its unique name. */
function conversationNamed(conversation: string | undefined): Pick<ConversationRecord, "sid" | "uniqueName"> {
  if (!conversation) return { sid: conversationExample.sid, uniqueName: conversationExample.uniqueName };
  return conversation.startsWith("CH")
    ? { sid: conversation, uniqueName: conversationExample.uniqueName }
    : { sid: conversationExample.sid, uniqueName: conversation };
}

type ConversationChanges = { friendlyName?: string; uniqueName?: string; attributes?: unknown; state?: string };

function changed(base: ConversationRecord, { friendlyName, uniqueName, attributes, state }: ConversationChanges): ConversationRecord {
  return {
    ...base,
    friendlyName: friendlyName || base.friendlyName,
    uniqueName: uniqueName || base.uniqueName,
    attributes: attributes ?? base.attributes,
    state: state || base.state,
  };
}

export const exampleCreateConversation = (values: ConversationChanges) => ({ data: changed(conversationExample, values) });

export const exampleUpdateConversation = ({ conversation, ...values }: ConversationChanges & { conversation?: string }) => ({
  data: changed({ ...conversationExample, ...conversationNamed(conversation) }, values),
});

export const exampleDeleteConversation = ({ conversation }: { conversation: string }) => ({
  data: { deleted: true as const, conversation },
});

export function exampleAddParticipant(values: {
  conversation?: string;
  address?: string;
  proxyAddress?: string;
  identity?: string;
  attributes?: unknown;
}) {
  const { sid: conversationSid } = conversationNamed(values.conversation);
  const who = toNewParticipant(values);
  const chat = "identity" in who;
  const address = chat ? null : who.address;
  const proxyAddress = chat ? null : who.proxyAddress;
  return {
    data: {
      ...participantExample,
      conversationSid,
      identity: chat ? (who.identity ?? null) : null,
      address,
      proxyAddress,
      messagingBinding: chat ? null : { type: "sms", address, proxy_address: proxyAddress },
      attributes: values.attributes ?? participantExample.attributes,
    },
  };
}

export const exampleRemoveParticipant = ({ participantSid }: { participantSid: string }) => ({
  data: { removed: true as const, participantSid },
});

export function exampleSendConversationMessage(values: {
  conversation?: string;
  author?: string;
  body?: string;
  mediaSids: string[];
  contentTemplate?: string;
  contentVariables?: Record<string, unknown>;
  attributes?: unknown;
}) {
  checkMessageContent(values);
  const { sid: conversationSid } = conversationNamed(values.conversation);
  return {
    data: {
      ...conversationMessageExample,
      conversationSid,
      author: values.author || conversationMessageExample.author,
      body: values.body || (values.contentTemplate ? null : conversationMessageExample.body),
      contentSid: values.contentTemplate || null,
      attributes: values.attributes ?? conversationMessageExample.attributes,
      replayed: false,
    },
  };
}
