import { type ActionInputParameters, input, util } from "@prismatic-io/spectral";
import type { IdentityDetails, LookupPackage } from "../client/lookup/phoneNumbers";
import { InputError } from "../client/transport/errors";
import { cleanBoolean, cleanDate, optionalText, requireValue } from "./clean";

export const lookupPhoneNumberInput = input({
  label: "Phone Number",
  type: "string",
  required: true,
  example: "+15558675310",
  placeholder: "+15558675310",
  comments:
    "The number to look up, in E.164 format (+ country code and number). Spaces, dashes and brackets are removed. A number without + needs Default Country Code.",
  clean: (value: unknown): string => requireValue("Phone Number", optionalText(value), "a phone number such as +15558675310"),
});

const BILLED = "Twilio bills this package per number looked up (see twilio.com/lookup/pricing).";

function lookupPackage(label: string, comments: string) {
  return input({
    label,
    type: "boolean",
    required: false,
    default: "false",
    comments: `${comments} ${BILLED}`,
    clean: cleanBoolean(label),
  });
}

/**
 * One switch per data package. All off is Twilio's free basic lookup: formatting, country and
 * whether the number is valid.
 */
export const lookupPackageInputs = {
  lineTypeIntelligence: lookupPackage(
    "Line Type Intelligence",
    "The line type (mobile, landline, fixedVoip, nonFixedVoip, tollFree, ...) and carrier: whether the number can receive texts.",
  ),
  callerName: lookupPackage(
    "Caller Name",
    "The registered caller name (CNAM) and whether it is a business or a consumer; US numbers only.",
  ),
  smsPumpingRisk: lookupPackage(
    "SMS Pumping Risk",
    "A 0 to 100 risk score that texts to the number are SMS pumping fraud, and whether Twilio blocks it.",
  ),
  simSwap: lookupPackage(
    "SIM Swap",
    "When the number's SIM card last changed: a recent swap can mean an account takeover. Needs carrier approval in most countries.",
  ),
  callForwarding: lookupPackage(
    "Call Forwarding",
    "Whether calls to the number are forwarded unconditionally. Needs carrier approval; some countries only.",
  ),
  lineStatus: lookupPackage("Line Status", "Whether the number is active, inactive or unreachable right now."),
  reassignedNumber: lookupPackage(
    "Reassigned Number",
    "Whether the number has been given to someone else since Last Verified Date (US numbers only; needs Last Verified Date).",
  ),
  identityMatch: lookupPackage(
    "Identity Match",
    "Whether the details in Identity Match Details (name, address, date of birth...) match the carrier's records of the number's owner.",
  ),
};

const PACKAGE_FIELDS: Record<keyof typeof lookupPackageInputs, LookupPackage> = {
  lineTypeIntelligence: "line_type_intelligence",
  callerName: "caller_name",
  smsPumpingRisk: "sms_pumping_risk",
  simSwap: "sim_swap",
  callForwarding: "call_forwarding",
  lineStatus: "line_status",
  reassignedNumber: "reassigned_number",
  identityMatch: "identity_match",
};

export function toLookupPackages(switches: ActionInputParameters<typeof lookupPackageInputs>): LookupPackage[] {
  return (Object.keys(PACKAGE_FIELDS) as (keyof typeof PACKAGE_FIELDS)[]).filter((key) => switches[key]).map((key) => PACKAGE_FIELDS[key]);
}

const IDENTITY_KEYS: Record<string, keyof IdentityDetails> = {
  FirstName: "firstName",
  LastName: "lastName",
  AddressLine1: "addressLine1",
  AddressLine2: "addressLine2",
  City: "city",
  State: "state",
  PostalCode: "postalCode",
  AddressCountryCode: "addressCountryCode",
  NationalId: "nationalId",
  DateOfBirth: "dateOfBirth",
};

export const identityDetails = input({
  label: "Identity Match Details",
  type: "string",
  collection: "keyvaluelist",
  required: false,
  example: '[{"key": "FirstName", "value": "Jane"}, {"key": "LastName", "value": "Doe"}]',
  comments: `Only with Identity Match: the details to compare with the number's owner, by Twilio's names: ${Object.keys(IDENTITY_KEYS).join(", ")} (DateOfBirth as YYYYMMDD, AddressCountryCode as US, GB...).`,
  clean: (value: unknown): IdentityDetails | undefined => {
    const pairs = value === undefined || value === null || value === "" ? {} : util.types.keyValPairListToObject(value as never);
    const details: IdentityDetails = {};
    for (const [key, raw] of Object.entries(pairs)) {
      const field = Object.hasOwn(IDENTITY_KEYS, key) ? IDENTITY_KEYS[key] : undefined;
      if (!field) throw new InputError("Identity Match Details", `keys among ${Object.keys(IDENTITY_KEYS).join(", ")}`, key);
      const text = optionalText(raw);
      if (text !== undefined) details[field] = text;
    }
    return Object.keys(details).length > 0 ? details : undefined;
  },
});

export const lastVerifiedDate = input({
  label: "Last Verified Date",
  type: "string",
  required: false,
  example: "2026-06-01",
  comments: "Only with Reassigned Number: the date (YYYY-MM-DD) you last knew the number belonged to this person.",
  clean: (value: unknown): string | undefined => cleanDate("Last Verified Date")(value)?.toISOString().slice(0, 10).replace(/-/g, ""),
});

/** Details sent without the package they are for would be dropped by Twilio, and likely mean the switch was forgotten. */
export function requirePackagesForDetails(
  packages: LookupPackage[],
  identity: IdentityDetails | undefined,
  verifiedDate: string | undefined,
): void {
  if (identity && !packages.includes("identity_match")) {
    throw new InputError("Identity Match", "on when Identity Match Details are given: the details are only used by that package", "false");
  }
  if (verifiedDate && !packages.includes("reassigned_number")) {
    throw new InputError("Reassigned Number", "on when Last Verified Date is given: the date is only used by that package", "false");
  }
}
