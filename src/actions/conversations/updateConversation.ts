import { action } from "@prismatic-io/spectral";
import { conversationExample } from "../../examplePayloads/conversations";
import { twilioConnection } from "../../inputs/connection";
import { attributes, conversation, conversationService, friendlyName, state, timerClosed, timerInactive } from "../../inputs/conversations";
import { conversationOutput } from "../../outputSchemas/conversations";

export const updateConversation = action({
  display: {
    label: "Update Conversation",
    description:
      "Rename a conversation, replace its attributes, set its timers, or make it active, inactive or closed (final). Empty inputs are left unchanged.",
  },
  inputs: { twilioConnection, conversationService, conversation, friendlyName, attributes, state, timerInactive, timerClosed },
  perform: async (_context, { twilioConnection, conversationService, conversation, ...fields }) => {
    const { updateConversation: update } = await import("../../client/conversations/conversations");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await update(getTwilioClient(twilioConnection), { serviceSid: conversationService, conversation }, fields);
    return { data };
  },
  examplePayload: { data: conversationExample },
  outputSchema: conversationOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/conversations")).exampleUpdateConversation(values),
});
