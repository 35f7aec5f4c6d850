import { SID_PATTERNS } from "../identifiers/sids";
import { TwilioApiError } from "../transport/errors";
import { requestJson } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

interface PoolEntryBody {
  sid: string;
  phone_number?: string | null;
}

const poolUrl = (serviceSid: string) => {
  // Both SIDs go into the path: only a SID of the right shape, one path segment, ever does.
  if (!SID_PATTERNS.messagingService.test(serviceSid)) throw new TypeError(`Not a Messaging Service SID: ${serviceSid}`);
  return `${TWILIO_ORIGINS.messaging}/v1/Services/${serviceSid}/PhoneNumbers`;
};

/** Adds the number (by SID) to the pool; Twilio answers 21712 when another service has it. */
export async function addToSenderPool(client: TwilioClient, serviceSid: string, phoneNumberSid: string): Promise<PoolEntryBody> {
  return requestJson<PoolEntryBody>(client, { method: "post", uri: poolUrl(serviceSid), data: { PhoneNumberSid: phoneNumberSid } });
}

/** The number's entry in the pool, or undefined when it is not in it; a service that does not exist is an error. */
export async function poolEntry(client: TwilioClient, serviceSid: string, phoneNumberSid: string): Promise<PoolEntryBody | undefined> {
  const entry = await poolEntryOfExistingService(client, serviceSid, phoneNumberSid);
  if (!entry) await requestJson(client, { method: "get", uri: `${TWILIO_ORIGINS.messaging}/v1/Services/${serviceSid}` });
  return entry;
}

/** The entry, or undefined for a 404: the number is not in the pool, or (for a SID not read from Twilio) the service does not exist. */
export async function poolEntryOfExistingService(
  client: TwilioClient,
  serviceSid: string,
  phoneNumberSid: string,
): Promise<PoolEntryBody | undefined> {
  try {
    return await requestJson<PoolEntryBody>(client, { method: "get", uri: `${poolUrl(serviceSid)}/${phoneNumberSid}` });
  } catch (error) {
    if (error instanceof TwilioApiError && error.details.status === 404) return undefined;
    throw error;
  }
}

export async function removeFromSenderPool(client: TwilioClient, serviceSid: string, phoneNumberSid: string): Promise<void> {
  await requestJson(client, { method: "delete", uri: `${poolUrl(serviceSid)}/${phoneNumberSid}` });
}
