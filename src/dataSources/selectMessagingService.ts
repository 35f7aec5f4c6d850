import { messagingServiceChoicesExample } from "../examplePayloads/pickers";
import { twilioPicklist } from "./picklist";

export const selectMessagingService = twilioPicklist({
  label: "Select Messaging Service",
  description: "Pick one of the account's Messaging Services, listed by friendly name.",
  example: messagingServiceChoicesExample,
  choices: async (client) => (await import("../client/messages/services")).messagingServiceChoices(client),
});
