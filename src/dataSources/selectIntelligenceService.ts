import { intelligenceServiceChoicesExample } from "../examplePayloads/intelligence";
import { twilioPicklist } from "./picklist";

export const selectIntelligenceService = twilioPicklist({
  label: "Select Intelligence Service",
  description: "Pick one of the account's Voice Intelligence Services, labelled with its name and language.",
  example: intelligenceServiceChoicesExample,
  choices: async (client) => (await import("../client/intelligence/transcripts")).intelligenceServiceChoices(client),
});
