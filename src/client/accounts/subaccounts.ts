import { checkedSid } from "../identifiers/sids";
import { v2010JsonPages } from "../jsonPages";
import { readBoundedList } from "../paging";
import { mapRecord } from "../records";
import type { AccountStatus } from "../terms";
import { InputError } from "../transport/errors";
import { requestJson } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

/** An account as the component returns it: never its Auth Token, which Twilio includes in every answer. */
export interface SubaccountRecord {
  sid: string;
  friendlyName: string | null;
  /** active, suspended or closed. */
  status: string | null;
  /** Trial or Full. */
  type: string | null;
  /** The parent account: the account itself for a top-level account. */
  ownerAccountSid: string | null;
  dateCreated: string | null;
  dateUpdated: string | null;
}

interface AccountBody {
  sid: string;
  friendly_name?: string | null;
  status?: string | null;
  type?: string | null;
  owner_account_sid?: string | null;
  date_created?: string | null;
  date_updated?: string | null;
}

/** Only the fields listed: auth_token and everything else Twilio may add stay out of outputs. */
function toSubaccountRecord(body: AccountBody): SubaccountRecord {
  return {
    sid: body.sid,
    ...mapRecord(body, {
      friendly_name: "value",
      status: "value",
      type: "value",
      owner_account_sid: "value",
      date_created: "date",
      date_updated: "date",
    }),
  };
}

/** Subaccounts belong to the account whose credentials the connection holds, whichever account it acts on. */
export function ownerSid(client: TwilioClient): string {
  return client.credentials.parentAccountSid ?? client.accountSid;
}

const accountUri = (sid: string) => `${TWILIO_ORIGINS.api}/2010-04-01/Accounts/${checkedSid("account", sid, "AccountSid")}.json`;

export async function createSubaccount(client: TwilioClient, friendlyName?: string): Promise<SubaccountRecord> {
  const body = await requestJson<AccountBody>(client, {
    method: "post",
    uri: `${TWILIO_ORIGINS.api}/2010-04-01/Accounts.json`,
    data: friendlyName === undefined ? {} : { FriendlyName: friendlyName },
  });
  return toSubaccountRecord(body);
}

export async function fetchSubaccount(client: TwilioClient, sid: string): Promise<SubaccountRecord> {
  return toSubaccountRecord(await requestJson<AccountBody>(client, { method: "get", uri: accountUri(sid) }));
}

export interface SubaccountChange {
  friendlyName?: string;
  status?: AccountStatus;
}

/** The change as Twilio's form (FriendlyName, Status). */
function subaccountChangeForm(change: SubaccountChange): Record<string, string> {
  const data: Record<string, string> = {};
  if (change.friendlyName !== undefined) data.FriendlyName = change.friendlyName;
  if (change.status !== undefined) data.Status = change.status;
  return data;
}

/** Renames, suspends, reactivates or closes a subaccount, never the owner account (the inputs had closing confirmed: inputs/accounts.ts). */
export async function updateSubaccount(client: TwilioClient, sid: string, change: SubaccountChange): Promise<SubaccountRecord> {
  const uri = accountUri(sid);
  if (sid === ownerSid(client)) throw new InputError("AccountSid", "a subaccount of the owner account, not the owner account itself", sid);
  const data = subaccountChangeForm(change);
  return toSubaccountRecord(await requestJson<AccountBody>(client, { method: "post", uri, data }));
}

interface SubaccountListRequest {
  status?: AccountStatus;
  friendlyName?: string;
  limit: number;
  continueFrom?: string;
}

const ACCOUNTS_PATH = "/2010-04-01/Accounts.json";

/** The subaccounts of the connection's account, the account itself left out, at most `limit`. */
export async function listSubaccounts(client: TwilioClient, request: SubaccountListRequest) {
  const pages = v2010JsonPages<AccountBody>(client, "accounts");
  const owner = ownerSid(client);
  const list = await readBoundedList({
    continuation: request.continueFrom ? pages.continuation(ACCOUNTS_PATH, request.continueFrom) : undefined,
    firstPage: (pageSize) => pages.first(ACCOUNTS_PATH, pageSize, { Status: request.status, FriendlyName: request.friendlyName }),
    getPage: pages.next,
    limit: request.limit,
    keep: (account) => account.sid !== owner,
  });
  return { subaccounts: list.items.map(toSubaccountRecord), nextPageUri: list.nextPageUri, hasMore: list.hasMore };
}
