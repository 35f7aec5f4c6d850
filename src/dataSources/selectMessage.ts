import { messageChoicesExample } from "../examplePayloads/pickers";
import { twilioPicklist } from "./picklist";

export const selectMessage = twilioPicklist({
  label: "Select Message",
  description: "Pick one of the account's 100 most recent messages, newest first.",
  example: messageChoicesExample,
  choices: async (client) => (await import("../client/messages/choices")).recentMessageChoices(client),
});
