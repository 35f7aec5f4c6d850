import type LookupsV2 from "twilio/lib/rest/lookups/V2";
import type { PhoneNumberContextFetchOptions, PhoneNumberInstance, PhoneNumberListInstance } from "twilio/lib/rest/lookups/v2/phoneNumber";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

/**
 * Lookup's data packages, each billed per number by Twilio. Basic formatting and validation,
 * asked for by sending no Fields at all, is free.
 */
const LOOKUP_PACKAGES = [
  "line_type_intelligence",
  "caller_name",
  "sms_pumping_risk",
  "sim_swap",
  "call_forwarding",
  "line_status",
  "reassigned_number",
  "identity_match",
] as const;

export type LookupPackage = (typeof LOOKUP_PACKAGES)[number];

/** The person a number is checked against by identity_match; each field is optional. */
export interface IdentityDetails {
  firstName?: string;
  lastName?: string;
  addressLine1?: string;
  addressLine2?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  addressCountryCode?: string;
  nationalId?: string;
  dateOfBirth?: string;
}

interface LookupRequest {
  /** E.164. */
  phoneNumber: string;
  packages: LookupPackage[];
  identity?: IdentityDetails;
  /** For reassigned_number: the date (YYYY-MM-DD) the number was last known to belong to the user. */
  lastVerifiedDate?: string;
}

/** Twilio's answer as plain JSON (camelCase, as twilio-node's toJSON), each package null unless asked for. */
type LookupRecord = Record<string, unknown>;

/** The fields a flow branches on, flattened out of Twilio's answer, beside the answer itself. */
export interface LookupResult {
  valid: boolean;
  /** TOO_SHORT, TOO_LONG, INVALID_COUNTRY_CODE, NOT_A_NUMBER, ...: why Twilio found the number not valid. */
  validationErrors: string[];
  /** The number in E.164, as Twilio formats it. */
  phoneNumber: string;
  nationalFormat: string | null;
  /** ISO 3166-1 alpha-2, such as US. */
  countryCode: string | null;
  /** mobile, landline, fixedVoip, nonFixedVoip, tollFree, ...: null unless line type intelligence was asked for. */
  lineType: string | null;
  carrierName: string | null;
  callerName: string | null;
  lookup: LookupRecord;
}

/** Lookup lives on lookups.twilio.com; only its phone-number resource is loaded. */
function lookupPhoneNumbers(client: TwilioClient): Promise<PhoneNumberListInstance> {
  return client.product("lookups", async (version) => {
    const { PhoneNumberListInstance } = await import(/* webpackChunkName: "lookups" */ "twilio/lib/rest/lookups/v2/phoneNumber");
    return PhoneNumberListInstance(version(TWILIO_ORIGINS.lookups, "v2") as LookupsV2);
  });
}

/**
 * Looks the number up with the packages asked for. A number Twilio finds not valid is an answer
 * (valid: false with Twilio's reasons), not an error: Lookup v2 answers it with a 200.
 */
export async function lookupPhoneNumber(client: TwilioClient, request: LookupRequest): Promise<LookupResult> {
  const options: PhoneNumberContextFetchOptions = {
    ...request.identity,
    lastVerifiedDate: request.lastVerifiedDate,
    fields: request.packages.length > 0 ? request.packages.join(",") : undefined,
  };
  const phoneNumbers = await lookupPhoneNumbers(client);
  // E.164 starts with "+", which a path must carry encoded.
  const found = await phoneNumbers(encodeURIComponent(request.phoneNumber)).fetch(options);
  return toLookupResult(found, request.phoneNumber);
}

function toLookupResult(found: PhoneNumberInstance, asked: string): LookupResult {
  const lookup: LookupRecord = JSON.parse(JSON.stringify(found.toJSON()));
  return {
    valid: found.valid === true,
    validationErrors: found.validationErrors ?? [],
    phoneNumber: found.phoneNumber || asked,
    nationalFormat: found.nationalFormat || null,
    countryCode: found.countryCode || null,
    lineType: found.lineTypeIntelligence?.type ?? null,
    carrierName: found.lineTypeIntelligence?.carrierName ?? null,
    callerName: found.callerName?.callerName ?? null,
    lookup,
  };
}
