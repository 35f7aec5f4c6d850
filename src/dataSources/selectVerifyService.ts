import { verifyServiceChoicesExample } from "../examplePayloads/pickers";
import { twilioPicklist } from "./picklist";

export const selectVerifyService = twilioPicklist({
  label: "Select Verify Service",
  description: "Pick one of the account's Verify Services, listed by friendly name.",
  example: verifyServiceChoicesExample,
  choices: async (client) => (await import("../client/verify/services")).verifyServiceChoices(client),
});
