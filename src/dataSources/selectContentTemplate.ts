import { contentTemplateChoicesExample } from "../examplePayloads/pickers";
import { twilioPicklist } from "./picklist";

export const selectContentTemplate = twilioPicklist({
  label: "Select Content Template",
  description: "Pick one of the account's content templates, labelled with its name, type and WhatsApp approval status.",
  example: contentTemplateChoicesExample,
  choices: async (client) => (await import("../client/content/templates")).contentTemplateChoices(client),
});
