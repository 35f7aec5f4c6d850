import { action } from "@prismatic-io/spectral";
import { conversationMessageExample } from "../../examplePayloads/conversations";
import { twilioConnection } from "../../inputs/connection";
import { author, checkMessageContent, contentTemplate, contentVariables, mediaSids, messageBody } from "../../inputs/conversationMessages";
import { attributes, conversation, conversationService } from "../../inputs/conversations";
import { IDEMPOTENCY_KEY_LABELS, idempotencyInputs, toIdempotencyOptions } from "../../inputs/idempotency";
import { namingInputs } from "../../inputs/labels";
import { sentConversationMessageOutput } from "../../outputSchemas/conversations";

export const sendConversationMessage = action({
  display: {
    label: "Send Conversation Message",
    description:
      "Send a message into a conversation: every participant gets it, over SMS, WhatsApp or chat. Refused, with nothing sent, when an SMS or WhatsApp participant has opted out (replied STOP). With an idempotency key, never twice by a rerun of the flow.",
  },
  inputs: {
    twilioConnection,
    conversationService,
    conversation,
    author,
    body: messageBody,
    mediaSids,
    contentTemplate,
    contentVariables,
    attributes,
    ...idempotencyInputs,
  },
  perform: async (
    context,
    { twilioConnection, conversationService, conversation, idempotencyKey, idempotencyStore, syncService, ...message },
  ) => {
    const { sendConversationMessageOnce } = await import("../../client/conversations/messages");
    const { getTwilioClient } = await import("../../client/twilioClient");
    checkMessageContent(message);
    const send = {
      author: message.author,
      body: message.body,
      mediaSids: message.mediaSids,
      contentSid: message.contentTemplate,
      contentVariables: message.contentVariables,
      attributes: message.attributes,
    };
    const ref = { serviceSid: conversationService, conversation };
    const run = toIdempotencyOptions({ idempotencyKey, idempotencyStore, syncService }, context.instanceState);
    const { data, instanceState } = await namingInputs(IDEMPOTENCY_KEY_LABELS, () =>
      sendConversationMessageOnce(getTwilioClient(twilioConnection), ref, send, run),
    );
    return instanceState ? { data, instanceState } : { data };
  },
  examplePayload: { data: { ...conversationMessageExample, replayed: false } },
  outputSchema: sentConversationMessageOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/conversations")).exampleSendConversationMessage(values),
});
