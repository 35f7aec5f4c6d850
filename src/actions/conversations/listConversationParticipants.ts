import { action } from "@prismatic-io/spectral";
import { participantListExample } from "../../examplePayloads/conversations";
import { twilioConnection } from "../../inputs/connection";
import { conversation, conversationService } from "../../inputs/conversations";
import { namingInputs } from "../../inputs/labels";
import { CONTINUE_FROM_LABELS, continueFromInput, limitInput } from "../../inputs/lists";
import { participantListOutput } from "../../outputSchemas/conversations";

export const listConversationParticipants = action({
  display: {
    label: "List Conversation Participants",
    description: "List a conversation's participants: their addresses, proxy numbers or chat identities.",
  },
  inputs: {
    twilioConnection,
    conversationService,
    conversation,
    limit: limitInput("participants"),
    continueFrom: continueFromInput(
      "List Conversation Participants",
      "participants",
      "/v1/Conversations/CH.../Participants?PageSize=50&Page=1&PageToken=PAMB...",
    ),
  },
  perform: async (_context, { twilioConnection, conversationService, conversation, limit, continueFrom }) => {
    const { listParticipants } = await import("../../client/conversations/participants");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await namingInputs(CONTINUE_FROM_LABELS, () =>
      listParticipants(getTwilioClient(twilioConnection), { serviceSid: conversationService, conversation }, { limit, continueFrom }),
    );
    return { data };
  },
  examplePayload: { data: participantListExample },
  outputSchema: participantListOutput,
  performSafety: "safe",
});
