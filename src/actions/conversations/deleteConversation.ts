import { action } from "@prismatic-io/spectral";
import { twilioConnection } from "../../inputs/connection";
import { confirmDelete, conversation, conversationService } from "../../inputs/conversations";
import { deletedConversationOutput } from "../../outputSchemas/conversations";

export const deleteConversation = action({
  display: {
    label: "Delete Conversation",
    description: "Delete a conversation with its messages and participants. Cannot be undone: needs Confirm Delete.",
  },
  inputs: { twilioConnection, conversationService, conversation, confirmDelete },
  perform: async (_context, { twilioConnection, conversationService, conversation }) => {
    const { deleteConversation: remove } = await import("../../client/conversations/conversations");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await remove(getTwilioClient(twilioConnection), { serviceSid: conversationService, conversation });
    return { data };
  },
  examplePayload: { data: { deleted: true as const, conversation: "CH6e2d1a0b3c4d5e6f7a8b9c0d1e2f3a4b" } },
  outputSchema: deletedConversationOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/conversations")).exampleDeleteConversation(values),
});
