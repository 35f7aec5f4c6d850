import { dataSource } from "@prismatic-io/spectral";
import { conversationChoices } from "../client/conversations/conversations";
import { getTwilioClient } from "../client/twilioClient";
import { conversationChoicesExample } from "../examplePayloads/conversations";
import { twilioConnection } from "../inputs/connection";
import { conversationService } from "../inputs/conversations";

export const selectConversation = dataSource({
  display: { label: "Select Conversation", description: "Pick one of the newest conversations, labelled with its name and state." },
  dataSourceType: "picklist",
  inputs: { connection: twilioConnection, conversationService },
  perform: async (_context, { connection, conversationService }) => {
    const result = await conversationChoices(getTwilioClient(connection), { serviceSid: conversationService });
    return { result };
  },
  examplePayload: { result: conversationChoicesExample },
});
