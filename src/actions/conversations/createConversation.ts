import { action } from "@prismatic-io/spectral";
import { conversationExample } from "../../examplePayloads/conversations";
import { twilioConnection } from "../../inputs/connection";
import { attributes, conversationService, friendlyName, timerClosed, timerInactive, uniqueName } from "../../inputs/conversations";
import { conversationOutput } from "../../outputSchemas/conversations";

export const createConversation = action({
  display: {
    label: "Create Conversation",
    description: "Create a Twilio Conversation: one thread across SMS, WhatsApp and chat. Add people with Add Conversation Participant.",
  },
  inputs: { twilioConnection, conversationService, friendlyName, uniqueName, attributes, timerInactive, timerClosed },
  perform: async (_context, { twilioConnection, conversationService, ...fields }) => {
    const { createConversation: create } = await import("../../client/conversations/conversations");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await create(getTwilioClient(twilioConnection), { serviceSid: conversationService }, fields);
    return { data };
  },
  examplePayload: { data: conversationExample },
  outputSchema: conversationOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/conversations")).exampleCreateConversation(values),
});
