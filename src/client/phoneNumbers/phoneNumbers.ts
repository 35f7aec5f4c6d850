import type { Element } from "@prismatic-io/spectral";
import type { IncomingPhoneNumberInstance } from "twilio/lib/rest/api/v2010/account/incomingPhoneNumber";
import { readBoundedList, resolveContinuation } from "../paging";
import { byLabel, PICKLIST_LIMIT } from "../picklists";
import type { TwilioClient } from "../twilioClient";

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
  /** The link to the numbers after these, for a later read to continue from; null when there are no more. */
  nextPageUri: string | null;
  /** True when the account has more numbers than the limit. */
  hasMore: boolean;
}

const PHONE_NUMBER_LIST = { file: "IncomingPhoneNumbers.json" };

/** Reads at most `limit` numbers with the one pager of every list (readBoundedList). */
export async function listPhoneNumbers(client: TwilioClient, request: { limit: number; continueFrom?: string }): Promise<PhoneNumberList> {
  const { continueFrom } = request;
  const list = await readBoundedList({
    continuation: continueFrom ? resolveContinuation(client, continueFrom, PHONE_NUMBER_LIST) : undefined,
    firstPage: (pageSize) => client.incomingPhoneNumbers.page({ pageSize }),
    getPage: (url) => client.incomingPhoneNumbers.getPage(url),
    limit: request.limit,
  });
  return { phoneNumbers: list.items.map(toPhoneNumberRecord), nextPageUri: list.nextPageUri, hasMore: list.hasMore };
}

export function toPhoneNumberRecord(number: IncomingPhoneNumberInstance): PhoneNumberRecord {
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

/** Keyed by the number in E.164, which is what a From or To input takes; labelled with the friendly name. */
export async function phoneNumberChoices(client: TwilioClient): Promise<Element[]> {
  const page = await client.incomingPhoneNumbers.page({
    pageSize: PICKLIST_LIMIT,
  });
  return page.instances
    .map((number) => ({
      key: number.phoneNumber,
      label:
        number.friendlyName && number.friendlyName !== number.phoneNumber
          ? `${number.phoneNumber} (${number.friendlyName})`
          : number.phoneNumber,
    }))
    .sort(byLabel);
}
