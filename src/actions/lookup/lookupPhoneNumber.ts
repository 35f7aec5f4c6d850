import { action } from "@prismatic-io/spectral";
import { lookupExample } from "../../examplePayloads/lookup";
import { twilioConnection } from "../../inputs/connection";
import {
  identityDetails,
  lastVerifiedDate,
  lookupPackageInputs,
  lookupPhoneNumberInput,
  requirePackagesForDetails,
  toLookupPackages,
} from "../../inputs/lookup";
import { defaultCountryCode, toPlainPhoneNumber } from "../../inputs/recipients";
import { lookupOutput } from "../../outputSchemas/products";

export const lookupPhoneNumber = action({
  display: {
    label: "Look Up Phone Number",
    description:
      "Check a phone number with Twilio Lookup: whether it is valid and its E.164 form and country (free), and optionally its line type, carrier, caller name, fraud risk and more (each billed by Twilio). A number that is not valid is a result, not an error.",
  },
  inputs: {
    twilioConnection,
    phoneNumber: lookupPhoneNumberInput,
    defaultCountryCode,
    ...lookupPackageInputs,
    identityDetails,
    lastVerifiedDate,
  },
  perform: async (_context, { twilioConnection, phoneNumber, defaultCountryCode, identityDetails, lastVerifiedDate, ...switches }) => {
    const { lookupPhoneNumber: lookUp } = await import("../../client/lookup/phoneNumbers");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const packages = toLookupPackages(switches);
    requirePackagesForDetails(packages, identityDetails, lastVerifiedDate);
    const data = await lookUp(getTwilioClient(twilioConnection), {
      phoneNumber: toPlainPhoneNumber("Phone Number", phoneNumber, defaultCountryCode),
      packages,
      identity: identityDetails,
      lastVerifiedDate,
    });
    return { data };
  },
  examplePayload: { data: lookupExample },
  outputSchema: lookupOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/products")).exampleLookup(values),
});
