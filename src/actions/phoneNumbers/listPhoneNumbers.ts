import { action } from "@prismatic-io/spectral";
import { listPhoneNumbers as readPhoneNumbers } from "../../client/phoneNumbers/phoneNumbers";
import { getTwilioClient } from "../../client/twilioClient";
import { phoneNumberListExample } from "../../examplePayloads/phoneNumbers";
import { twilioConnection } from "../../inputs/connection";
import { phoneNumberLimit } from "../../inputs/phoneNumbers";
import { phoneNumberListOutput } from "../../outputSchemas/products";

export const listPhoneNumbers = action({
  display: {
    label: "List Phone Numbers",
    description:
      "List the account's phone numbers with what each can do (SMS, MMS, voice) and where its incoming messages go now (SMS URL).",
  },
  inputs: { twilioConnection, limit: phoneNumberLimit },
  perform: async (_context, { twilioConnection, limit }) => {
    const data = await readPhoneNumbers(getTwilioClient(twilioConnection), limit);
    return { data };
  },
  examplePayload: { data: phoneNumberListExample },
  outputSchema: phoneNumberListOutput,
  performSafety: "safe",
});
