import { dataSource } from "@prismatic-io/spectral";
import { conversationChoicesExample } from "../examplePayloads/conversations";
import { twilioConnection } from "../inputs/connection";
import { conversationService } from "../inputs/conversations";

export const selectConversation = dataSource({
  display: { label: "Select Conversation", description: "Pick one of the newest conversations, labelled with its name and state." },
  dataSourceType: "picklist",
  inputs: { connection: twilioConnection, conversationService },
  perform: async (_context, { connection, conversationService }) => {
    const { getTwilioClient } = await import("../client/twilioClient");
    const { conversationChoices } = await import("../client/conversations/conversations");
    const result = await conversationChoices(getTwilioClient(connection), { serviceSid: conversationService });
    return { result };
  },
  examplePayload: { result: conversationChoicesExample },
});
