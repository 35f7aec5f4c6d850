import { syncServiceChoicesExample } from "../examplePayloads/pickers";
import { twilioPicklist } from "./picklist";

export const selectSyncService = twilioPicklist({
  label: "Select Sync Service",
  description: "Pick one of the account's Twilio Sync Services, listed by friendly name: where idempotency keys are claimed.",
  example: syncServiceChoicesExample,
  choices: async (client) => (await import("../client/sync/services")).syncServiceChoices(client),
});
