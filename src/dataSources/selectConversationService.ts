import { dataSource } from "@prismatic-io/spectral";
import { conversationServiceChoices } from "../client/conversations/conversations";
import { getTwilioClient } from "../client/twilioClient";
import { conversationServiceChoicesExample } from "../examplePayloads/conversations";
import { twilioConnection } from "../inputs/connection";

export const selectConversationService = dataSource({
  display: {
    label: "Select Conversation Service",
    description: "Pick one of the account's Conversation Services, labelled with its name.",
  },
  dataSourceType: "picklist",
  inputs: { connection: twilioConnection },
  perform: async (_context, { connection }) => {
    const result = await conversationServiceChoices(getTwilioClient(connection));
    return { result };
  },
  examplePayload: { result: conversationServiceChoicesExample },
});
