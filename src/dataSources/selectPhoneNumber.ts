import { dataSource } from "@prismatic-io/spectral";
import { phoneNumberChoices } from "../client/phoneNumbers/phoneNumbers";
import { getTwilioClient } from "../client/twilioClient";
import { phoneNumberChoicesExample } from "../examplePayloads/pickers";
import { twilioConnection } from "../inputs/connection";

export const selectPhoneNumber = dataSource({
  display: {
    label: "Select Phone Number",
    description: "Pick one of the account's phone numbers, listed by number and friendly name.",
  },
  dataSourceType: "picklist",
  inputs: { connection: twilioConnection },
  perform: async (_context, { connection }) => {
    const result = await phoneNumberChoices(getTwilioClient(connection));
    return { result };
  },
  examplePayload: { result: phoneNumberChoicesExample },
});
