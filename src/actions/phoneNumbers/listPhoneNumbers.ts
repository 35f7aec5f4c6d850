import { action } from "@prismatic-io/spectral";
import { phoneNumberListExample } from "../../examplePayloads/phoneNumbers";
import { twilioConnection } from "../../inputs/connection";
import { namingInputs } from "../../inputs/labels";
import { CONTINUE_FROM_LABELS } from "../../inputs/lists";
import { phoneNumberContinueFrom, phoneNumberLimit } from "../../inputs/phoneNumbers";
import { phoneNumberListOutput } from "../../outputSchemas/products";

export const listPhoneNumbers = action({
  display: {
    label: "List Phone Numbers",
    description:
      "List the account's phone numbers with what each can do (SMS, MMS, voice) and where its incoming messages go now (SMS URL).",
  },
  inputs: { twilioConnection, limit: phoneNumberLimit, continueFrom: phoneNumberContinueFrom },
  perform: async (_context, { twilioConnection, limit, continueFrom }) => {
    const { listPhoneNumbers: readPhoneNumbers } = await import("../../client/phoneNumbers/phoneNumbers");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await namingInputs(
      CONTINUE_FROM_LABELS,
      () => readPhoneNumbers(getTwilioClient(twilioConnection), { limit, continueFrom }),
      "an earlier List Phone Numbers result",
    );
    return { data };
  },
  examplePayload: { data: phoneNumberListExample },
  outputSchema: phoneNumberListOutput,
  performSafety: "safe",
});
