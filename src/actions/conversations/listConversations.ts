import { action } from "@prismatic-io/spectral";
import { conversationListExample } from "../../examplePayloads/conversations";
import { twilioConnection } from "../../inputs/connection";
import { conversationService, stateFilter } from "../../inputs/conversations";
import { namingInputs } from "../../inputs/labels";
import { CONTINUE_FROM_LABELS, continueFromInput, limitInput } from "../../inputs/lists";
import { conversationListOutput } from "../../outputSchemas/conversations";

export const listConversations = action({
  display: {
    label: "List Conversations",
    description:
      "List conversations, optionally only active, inactive or closed ones, with a bounded limit and a pointer to the next page.",
  },
  inputs: {
    twilioConnection,
    conversationService,
    state: stateFilter,
    limit: limitInput("conversations"),
    continueFrom: continueFromInput("List Conversations", "conversations", "/v1/Conversations?PageSize=50&Page=1&PageToken=PACH..."),
  },
  perform: async (_context, { twilioConnection, conversationService, state, limit, continueFrom }) => {
    const { listConversations: list } = await import("../../client/conversations/conversations");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await namingInputs(CONTINUE_FROM_LABELS, () =>
      list(getTwilioClient(twilioConnection), { serviceSid: conversationService, state }, { limit, continueFrom }),
    );
    return { data };
  },
  examplePayload: { data: conversationListExample },
  outputSchema: conversationListOutput,
  performSafety: "safe",
});
