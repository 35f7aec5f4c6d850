import { conversationServiceChoicesExample } from "../examplePayloads/conversations";
import { twilioPicklist } from "./picklist";

export const selectConversationService = twilioPicklist({
  label: "Select Conversation Service",
  description: "Pick one of the account's Conversation Services, labelled with its name.",
  example: conversationServiceChoicesExample,
  choices: async (client) => (await import("../client/conversations/conversations")).conversationServiceChoices(client),
});
