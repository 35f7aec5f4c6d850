import type { IncomingPhoneNumberInstance } from "twilio/lib/rest/api/v2010/account/incomingPhoneNumber";
import type { TwilioClient } from "./twilioClient";

/** An incoming phone number's SID, which the trigger inputs accept in place of the number. */
export const PHONE_NUMBER_SID_PATTERN = /^PN[0-9a-fA-F]{32}$/;

/** One page: Twilio's maximum page size, so a limit never costs more than one request. */
export const MAX_PHONE_NUMBER_LIMIT = 1000;

export interface PhoneNumberRecord {
  sid: string;
  phoneNumber: string;
  friendlyName: string;
  capabilities: { sms: boolean; mms: boolean; voice: boolean; fax: boolean };
  /** Where Twilio sends this number's incoming messages now; replacing it disconnects whatever is there. */
  smsUrl: string | null;
  smsMethod: string | null;
  smsFallbackUrl: string | null;
  /** Set when a TwiML App handles the number's messages instead of smsUrl. */
  smsApplicationSid: string | null;
  status: string | null;
}

export interface PhoneNumberList {
  phoneNumbers: PhoneNumberRecord[];
  /** True when the account has more numbers than the limit. */
  hasMore: boolean;
}

export async function listPhoneNumbers(client: TwilioClient, limit: number): Promise<PhoneNumberList> {
  const page = await client.incomingPhoneNumbers.page({
    pageSize: Math.min(limit, MAX_PHONE_NUMBER_LIMIT),
  });
  return {
    phoneNumbers: page.instances.map(toPhoneNumberRecord),
    hasMore: Boolean(page.nextPageUrl),
  };
}

function toPhoneNumberRecord(number: IncomingPhoneNumberInstance): PhoneNumberRecord {
  const capabilities = number.capabilities;
  return {
    sid: number.sid,
    phoneNumber: number.phoneNumber,
    friendlyName: number.friendlyName,
    capabilities: {
      sms: Boolean(capabilities?.sms),
      mms: Boolean(capabilities?.mms),
      voice: Boolean(capabilities?.voice),
      fax: Boolean(capabilities?.fax),
    },
    smsUrl: number.smsUrl || null,
    smsMethod: number.smsMethod || null,
    smsFallbackUrl: number.smsFallbackUrl || null,
    smsApplicationSid: number.smsApplicationSid || null,
    status: number.status || null,
  };
}
