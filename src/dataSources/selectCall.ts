import { callChoicesExample } from "../examplePayloads/voicePickers";
import { twilioPicklist } from "./picklist";

export const selectCall = twilioPicklist({
  label: "Select Call",
  description: "Pick one of the account's 100 most recent calls, newest first.",
  example: callChoicesExample,
  choices: async (client) => (await import("../client/voice/callList")).recentCallChoices(client),
});
