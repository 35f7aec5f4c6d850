import { rfc2822 } from "../core/clock";
import type { SandboxContext } from "../core/types";

/** The account's phone numbers as the sandbox keeps them, with the URLs each sends incoming messages and calls to, and how Twilio shows one. */
export interface StoredNumber {
  sid: string;
  account_sid: string;
  phone_number: string;
  friendly_name: string;
  fields: Record<string, string>;
  date_created: number;
  date_updated: number;
}

const URL_FIELDS = [
  "SmsUrl",
  "SmsMethod",
  "SmsFallbackUrl",
  "SmsFallbackMethod",
  "VoiceUrl",
  "VoiceMethod",
  "VoiceFallbackUrl",
  "VoiceFallbackMethod",
  "StatusCallback",
  "StatusCallbackMethod",
  "SmsApplicationSid",
  "VoiceApplicationSid",
  // A number in an Elastic SIP Trunk: its calls go to the trunk, not to VoiceUrl.
  "TrunkSid",
];

export const numberBook = (context: SandboxContext, accountSid: string): StoredNumber[] => context.state("numbers", accountSid, () => []);

/** The URL fields of a create or update, as the number keeps them. */
export const pickUrls = (body: Record<string, unknown>) =>
  Object.fromEntries(URL_FIELDS.filter((name) => body[name] !== undefined).map((name) => [name, String(body[name])]));

export function numberJson(number: StoredNumber) {
  const field = (name: string) => number.fields[name] ?? null;
  return {
    account_sid: number.account_sid,
    address_sid: null,
    address_requirements: "none",
    api_version: "2010-04-01",
    beta: false,
    capabilities: { voice: true, sms: true, mms: true, fax: false },
    date_created: rfc2822(number.date_created),
    date_updated: rfc2822(number.date_updated),
    friendly_name: number.friendly_name,
    identity_sid: null,
    phone_number: number.phone_number,
    origin: "twilio",
    sid: number.sid,
    sms_application_sid: field("SmsApplicationSid"),
    sms_fallback_method: field("SmsFallbackMethod") ?? "POST",
    sms_fallback_url: field("SmsFallbackUrl"),
    sms_method: field("SmsMethod") ?? "POST",
    sms_url: field("SmsUrl"),
    status_callback: field("StatusCallback"),
    status_callback_method: field("StatusCallbackMethod") ?? "POST",
    trunk_sid: field("TrunkSid"),
    uri: `/2010-04-01/Accounts/${number.account_sid}/IncomingPhoneNumbers/${number.sid}.json`,
    voice_receive_mode: "voice",
    voice_application_sid: field("VoiceApplicationSid"),
    voice_caller_id_lookup: false,
    voice_fallback_method: field("VoiceFallbackMethod") ?? "POST",
    voice_fallback_url: field("VoiceFallbackUrl"),
    voice_method: field("VoiceMethod") ?? "POST",
    voice_url: field("VoiceUrl"),
    emergency_status: "Inactive",
    emergency_address_sid: null,
    emergency_address_status: "unregistered",
    bundle_sid: null,
    status: "in-use",
  };
}
