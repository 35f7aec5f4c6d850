import { action } from "@prismatic-io/spectral";
import { participantExample } from "../../examplePayloads/conversations";
import { twilioConnection } from "../../inputs/connection";
import { identity, participantAddress, proxyAddress, toNewParticipant } from "../../inputs/conversationParticipants";
import { attributes, conversation, conversationService } from "../../inputs/conversations";
import { participantOutput } from "../../outputSchemas/conversations";

export const addConversationParticipant = action({
  display: {
    label: "Add Conversation Participant",
    description:
      "Add someone to a conversation: an SMS or WhatsApp address with the Twilio number it is reached through, or a chat identity. An address and number already in another open conversation are refused (Twilio's 50416).",
  },
  inputs: { twilioConnection, conversationService, conversation, address: participantAddress, proxyAddress, identity, attributes },
  perform: async (_context, { twilioConnection, conversationService, conversation, attributes, ...who }) => {
    const { addParticipant } = await import("../../client/conversations/participants");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const participant = { ...toNewParticipant(who), attributes };
    const data = await addParticipant(getTwilioClient(twilioConnection), { serviceSid: conversationService, conversation }, participant);
    return { data };
  },
  examplePayload: { data: participantExample },
  outputSchema: participantOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/conversations")).exampleAddParticipant(values),
});
