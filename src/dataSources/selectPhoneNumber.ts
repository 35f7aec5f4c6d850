import { phoneNumberChoicesExample } from "../examplePayloads/pickers";
import { twilioPicklist } from "./picklist";

export const selectPhoneNumber = twilioPicklist({
  label: "Select Phone Number",
  description: "Pick one of the account's phone numbers, listed by number and friendly name.",
  example: phoneNumberChoicesExample,
  choices: async (client) => (await import("../client/phoneNumbers/phoneNumbers")).phoneNumberChoices(client),
});
