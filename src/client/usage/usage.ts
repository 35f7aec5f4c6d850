import { v2010JsonPages } from "../jsonPages";
import { readBoundedList, resolveContinuation } from "../paging";
import { mapRecord } from "../records";
import { USAGE_PERIODS, type UsagePeriod } from "../terms";
import { requestJson } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

export interface UsageRecord {
  category: string;
  description: string | null;
  /** How many (messages, calls, numbers...), in countUnit. */
  count: number | null;
  countUnit: string | null;
  /** How much (segments, minutes...), in usageUnit. */
  usage: number | null;
  usageUnit: string | null;
  price: number | null;
  priceUnit: string | null;
  startDate: string | null;
  endDate: string | null;
  /** When Twilio last counted this record (usage of today is still growing). */
  asOf: string | null;
  accountSid: string;
}

interface UsageBody {
  category: string;
  description?: string | null;
  count?: string | null;
  count_unit?: string | null;
  usage?: string | null;
  usage_unit?: string | null;
  price?: number | string | null;
  price_unit?: string | null;
  start_date?: string | null;
  end_date?: string | null;
  as_of?: string | null;
  account_sid: string;
}

export interface UsageQuery {
  period: UsagePeriod;
  category?: string;
  /** YYYY-MM-DD; daily and monthly records only. */
  startDate?: string;
  endDate?: string;
}

interface UsageListRequest {
  query: UsageQuery;
  limit: number;
  continueFrom?: string;
}

/** At most `limit` usage records of the period, with the nextPageUri a later read continues from. */
export async function listUsageRecords(client: TwilioClient, request: UsageListRequest) {
  const { query, continueFrom } = request;
  const pages = v2010JsonPages<UsageBody>(client, "usage_records");
  const list = await readBoundedList({
    continuation: continueFrom ? usageContinuation(client, continueFrom) : undefined,
    firstPage: (pageSize) =>
      pages.first(`/2010-04-01/Accounts/${client.accountSid}/Usage/Records/${USAGE_PERIODS[query.period]}`, pageSize, {
        Category: query.category,
        StartDate: query.startDate,
        EndDate: query.endDate,
      }),
    getPage: pages.next,
    limit: request.limit,
  });
  return { usageRecords: list.items.map(toUsageRecord), nextPageUri: list.nextPageUri, hasMore: list.hasMore };
}

/** A nextPageUri of any period's list of this account, and nothing else. */
function usageContinuation(client: TwilioClient, continueFrom: string): string {
  const file = Object.values(USAGE_PERIODS).find((name) => continueFrom.split("?")[0].endsWith(`/Usage/Records/${name}`));
  return resolveContinuation(client, continueFrom, { file: `Usage/Records/${file ?? USAGE_PERIODS.daily}` });
}

function toUsageRecord(body: UsageBody): UsageRecord {
  return {
    category: body.category,
    ...mapRecord(body, {
      description: "value",
      count: "number",
      count_unit: "value",
      usage: "number",
      usage_unit: "value",
      price: "number",
      price_unit: "value",
      start_date: "value",
      end_date: "value",
      as_of: "value",
    }),
    accountSid: body.account_sid,
  };
}

export interface AccountBalance {
  accountSid: string;
  /** As a number, e.g. 12.34; Twilio sends it as text. */
  balance: number | null;
  currency: string | null;
}

export async function getAccountBalance(client: TwilioClient): Promise<AccountBalance> {
  const body = await requestJson<{ account_sid: string; balance?: string | null; currency?: string | null }>(client, {
    method: "get",
    uri: `${TWILIO_ORIGINS.api}/2010-04-01/Accounts/${client.accountSid}/Balance.json`,
  });
  return { accountSid: body.account_sid, ...mapRecord(body, { balance: "number", currency: "value" }) };
}
