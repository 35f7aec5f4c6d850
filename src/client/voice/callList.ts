import type { Element } from "@prismatic-io/spectral";
import type { CallStatus } from "twilio/lib/rest/api/v2010/account/call";
import { isWithinInstants, readBoundedList, resolveContinuation } from "../paging";
import type { TwilioClient } from "../twilioClient";
import { type CallRecord, callList, toCallRecord } from "./calls";

interface CallQuery {
  to?: string;
  from?: string;
  status?: CallStatus;
  /** Calls started strictly before this instant. */
  startedBefore?: Date;
  /** Calls started at or after this instant. */
  startedAfter?: Date;
}

interface ListCallsRequest {
  query: CallQuery;
  limit: number;
  pageSize?: number;
  /** A nextPageUri from an earlier result: continue where it stopped (the query is inside it). */
  continueFrom?: string;
}

export interface CallListResult {
  calls: CallRecord[];
  nextPageUri: string | null;
  hasMore: boolean;
}

const CALL_LIST = { file: "Calls.json" };

/** At most `limit` calls, newest first, with memory bounded by the limit; Twilio's whole-day StartTime filters are trimmed to the instants. */
export async function listCalls(client: TwilioClient, { query, limit, pageSize, continueFrom }: ListCallsRequest): Promise<CallListResult> {
  const calls = await callList(client);
  const list = await readBoundedList({
    continuation: continueFrom ? resolveContinuation(client, continueFrom, CALL_LIST) : undefined,
    firstPage: (size) =>
      calls.page({
        to: query.to,
        from: query.from,
        status: query.status,
        startTimeBefore: query.startedBefore,
        startTimeAfter: query.startedAfter,
        pageSize: size,
      }),
    getPage: (url) => calls.getPage(url),
    limit,
    pageSize,
    keep: (call) => isWithinInstants(call.startTime, { before: query.startedBefore, after: query.startedAfter }),
  });
  return { calls: list.items.map(toCallRecord), nextPageUri: list.nextPageUri, hasMore: list.hasMore };
}

/** Picklists show recent calls only: one request, never the whole history. */
const RECENT_CALL_LIMIT = 100;

/** Newest first, labelled "2026-11-20 16:04 · +15017122661 → +15558675310 · completed, 42 s". */
export async function recentCallChoices(client: TwilioClient): Promise<Element[]> {
  const page = await (await callList(client)).page({ pageSize: RECENT_CALL_LIMIT });
  return page.instances.map((call) => {
    const at = call.startTime ?? call.dateCreated;
    return {
      key: call.sid,
      label: [
        at ? at.toISOString().slice(0, 16).replace("T", " ") : "not started",
        `${call.from} → ${call.to}`,
        call.duration ? `${call.status}, ${call.duration} s` : call.status,
      ].join(" · "),
    };
  });
}
