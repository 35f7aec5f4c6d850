import { studioFlowChoicesExample } from "../examplePayloads/pickers";
import { twilioPicklist } from "./picklist";

export const selectStudioFlow = twilioPicklist({
  label: "Select Studio Flow",
  description: "Pick one of the account's Studio flows, labelled with its name, status and revision.",
  example: studioFlowChoicesExample,
  choices: async (client) => (await import("../client/studio/flows")).studioFlowChoices(client),
});
