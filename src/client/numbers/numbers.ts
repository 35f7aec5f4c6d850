import type {
  IncomingPhoneNumberContextUpdateOptions,
  IncomingPhoneNumberInstance,
} from "twilio/lib/rest/api/v2010/account/incomingPhoneNumber";
import { SID_PATTERNS } from "../identifiers/sids";
import { type PhoneNumberRecord, toPhoneNumberRecord } from "../phoneNumbers/phoneNumbers";
import { TwilioApiError } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";

/** A number of the account with everything that decides where its messages and calls go. */
export interface NumberConfiguration extends PhoneNumberRecord {
  voiceUrl: string | null;
  voiceMethod: string | null;
  voiceFallbackUrl: string | null;
  statusCallback: string | null;
  dateCreated: string | null;
}

interface NumberChanges {
  friendlyName?: string;
  smsUrl?: string;
  smsMethod?: string;
  smsFallbackUrl?: string;
  voiceUrl?: string;
  voiceMethod?: string;
  voiceFallbackUrl?: string;
  statusCallback?: string;
}

export function toNumberConfiguration(number: IncomingPhoneNumberInstance): NumberConfiguration {
  return {
    ...toPhoneNumberRecord(number),
    voiceUrl: number.voiceUrl || null,
    voiceMethod: number.voiceMethod || null,
    voiceFallbackUrl: number.voiceFallbackUrl || null,
    statusCallback: number.statusCallback || null,
    dateCreated: number.dateCreated ? number.dateCreated.toISOString() : null,
  };
}

/** The account's number with this E.164 value, or undefined: PhoneNumber filters by part of the number, so the match is checked. */
export async function findOwnNumber(client: TwilioClient, phoneNumber: string): Promise<IncomingPhoneNumberInstance | undefined> {
  const page = await client.incomingPhoneNumbers.page({ phoneNumber, pageSize: 20 });
  return page.instances.find((number) => number.phoneNumber === phoneNumber);
}

/** A number of the account by E.164 value or SID (PN...); a number another account owns is "not found" too. */
export async function ownNumber(client: TwilioClient, numberOrSid: string): Promise<IncomingPhoneNumberInstance> {
  if (SID_PATTERNS.phoneNumber.test(numberOrSid)) return client.incomingPhoneNumbers(numberOrSid).fetch();
  const found = await findOwnNumber(client, numberOrSid);
  if (found) return found;
  throw new NotAccountNumberError(numberOrSid);
}

/** Twilio's not-found for a number this account does not own; what to pick instead is the caller's to say. */
export class NotAccountNumberError extends TwilioApiError {
  constructor(numberOrSid: string) {
    super(`${numberOrSid} is not a phone number of this Twilio account.`, { status: 404, code: 20404 });
  }
}

/** Changes only what is given: an empty change reads the number and changes nothing. */
export async function updateOwnNumber(client: TwilioClient, numberOrSid: string, changes: NumberChanges): Promise<NumberConfiguration> {
  let number = await ownNumber(client, numberOrSid);
  const update = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as IncomingPhoneNumberContextUpdateOptions;
  if (Object.keys(update).length > 0) number = await client.incomingPhoneNumbers(number.sid).update(update);
  return toNumberConfiguration(number);
}

/** Gives the number back to Twilio: it stops billing and may be sold to someone else, so it cannot be undone. */
export async function releaseOwnNumber(client: TwilioClient, number: IncomingPhoneNumberInstance): Promise<void> {
  await client.incomingPhoneNumbers(number.sid).remove();
}
