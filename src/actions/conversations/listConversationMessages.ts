import { action } from "@prismatic-io/spectral";
import { conversationMessageListExample } from "../../examplePayloads/conversations";
import { twilioConnection } from "../../inputs/connection";
import { messageOrder } from "../../inputs/conversationMessages";
import { conversation, conversationService } from "../../inputs/conversations";
import { namingInputs } from "../../inputs/labels";
import { CONTINUE_FROM_LABELS, continueFromInput, limitInput } from "../../inputs/lists";
import { conversationMessageListOutput } from "../../outputSchemas/conversations";

export const listConversationMessages = action({
  display: {
    label: "List Conversation Messages",
    description: "List a conversation's messages, oldest or newest first, with a bounded limit and a pointer to the next page.",
  },
  inputs: {
    twilioConnection,
    conversationService,
    conversation,
    order: messageOrder,
    limit: limitInput("messages"),
    continueFrom: continueFromInput(
      "List Conversation Messages",
      "messages",
      "/v1/Conversations/CH.../Messages?Order=asc&PageSize=50&Page=1&PageToken=PAIM...",
    ),
  },
  perform: async (_context, { twilioConnection, conversationService, conversation, order, limit, continueFrom }) => {
    const { listConversationMessages: list } = await import("../../client/conversations/messages");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const ref = { serviceSid: conversationService, conversation, order };
    const data = await namingInputs(CONTINUE_FROM_LABELS, () => list(getTwilioClient(twilioConnection), ref, { limit, continueFrom }));
    return { data };
  },
  examplePayload: { data: conversationMessageListExample },
  outputSchema: conversationMessageListOutput,
  performSafety: "safe",
});
