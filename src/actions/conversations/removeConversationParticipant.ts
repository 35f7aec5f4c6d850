import { action } from "@prismatic-io/spectral";
import { twilioConnection } from "../../inputs/connection";
import { participantSid } from "../../inputs/conversationParticipants";
import { conversation, conversationService } from "../../inputs/conversations";
import { removedParticipantOutput } from "../../outputSchemas/conversations";

export const removeConversationParticipant = action({
  display: {
    label: "Remove Conversation Participant",
    description:
      "Remove a participant from a conversation: they receive no more of its messages, and their address and number can join another conversation.",
  },
  inputs: { twilioConnection, conversationService, conversation, participantSid },
  perform: async (_context, { twilioConnection, conversationService, conversation, participantSid }) => {
    const { removeParticipant } = await import("../../client/conversations/participants");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await removeParticipant(
      getTwilioClient(twilioConnection),
      { serviceSid: conversationService, conversation },
      participantSid,
    );
    return { data };
  },
  examplePayload: { data: { removed: true as const, participantSid: "MB3c8f0e2d1a4b5c6d7e8f9a0b1c2d3e4f" } },
  outputSchema: removedParticipantOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/conversations")).exampleRemoveParticipant(values),
});
