import type { TwilioClient } from "../twilioClient";
import { ownNumber } from "./numbers";
import { addToSenderPool, poolEntry, removeFromSenderPool } from "./senderPool";

/** A number in a Messaging Service's sender pool. */
export interface PoolMembership {
  messagingServiceSid: string;
  phoneNumberSid: string;
  phoneNumber: string;
  /** Whether this call changed the pool: false when the number was already in it, or already out of it. */
  changed: boolean;
}

/** Puts a number of the account (E.164 or PN...) in the service's pool; already there is success, not an error. */
export async function addNumberToService(client: TwilioClient, serviceSid: string, numberOrSid: string): Promise<PoolMembership> {
  const number = await ownNumber(client, numberOrSid);
  const present = await poolEntry(client, serviceSid, number.sid);
  if (!present) await addToSenderPool(client, serviceSid, number.sid);
  return { messagingServiceSid: serviceSid, phoneNumberSid: number.sid, phoneNumber: number.phoneNumber, changed: !present };
}

/** Takes a number out of the service's pool; the account keeps the number. Not in the pool is success, not an error. */
export async function removeNumberFromService(client: TwilioClient, serviceSid: string, numberOrSid: string): Promise<PoolMembership> {
  const number = await ownNumber(client, numberOrSid);
  const present = await poolEntry(client, serviceSid, number.sid);
  if (present) await removeFromSenderPool(client, serviceSid, number.sid);
  return { messagingServiceSid: serviceSid, phoneNumberSid: number.sid, phoneNumber: number.phoneNumber, changed: present !== undefined };
}
