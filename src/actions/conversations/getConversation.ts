import { action } from "@prismatic-io/spectral";
import { conversationExample } from "../../examplePayloads/conversations";
import { twilioConnection } from "../../inputs/connection";
import { conversation, conversationService } from "../../inputs/conversations";
import { conversationOutput } from "../../outputSchemas/conversations";

export const getConversation = action({
  display: { label: "Get Conversation", description: "Get a conversation by SID or unique name: its name, state, timers and attributes." },
  inputs: { twilioConnection, conversationService, conversation },
  perform: async (_context, { twilioConnection, conversationService, conversation }) => {
    const { getConversation: fetchConversation } = await import("../../client/conversations/conversations");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await fetchConversation(getTwilioClient(twilioConnection), { serviceSid: conversationService, conversation });
    return { data };
  },
  examplePayload: { data: conversationExample },
  outputSchema: conversationOutput,
  performSafety: "safe",
});
