import { type LoopbackServer, rfc2822, startLoopbackServer } from "../../support/loopback";

export interface TimedItem {
  sid: string;
  /** Epoch milliseconds at whole seconds; null while the item has no time yet (a call not started). */
  at: number | null;
  /** Other fields of Twilio's JSON, in snake_case. */
  fields: Record<string, unknown>;
}

export interface TimedListServer extends LoopbackServer {
  items: TimedItem[];
  /** Page requests after the first fail with 503 while this is set, as in an outage mid-poll. */
  failLaterPages: boolean;
  /** Items per page, whatever PageSize asks for, so tests can reach several pages with few items. */
  pageSize: number;
}

export interface TimedListShape {
  path: string;
  /** The envelope key: calls, recordings. */
  key: string;
  /** The query parameter of the day filter: StartTime>, DateCreated>. */
  dayFilter: string;
  /** The JSON field that carries the time: start_time, date_created. */
  timeField: string;
  /** Query parameters matched exactly against the field of the same meaning (To -> to). */
  exactFilters?: Record<string, string>;
}

/**
 * A loopback Twilio list that behaves like the real one where polling depends on it: newest first
 * by the item's time, the day filter honoured by whole UTC days only, exact filters, and pages that
 * continue after the last SID returned (PageToken) so inserts between pages shift nothing.
 */
export async function startTimedListServer(shape: TimedListShape, pageSize: number): Promise<TimedListServer> {
  const state = { items: [], failLaterPages: false, pageSize } as unknown as TimedListServer;
  const server = await startLoopbackServer((req) => {
    if (req.method !== "GET" || req.path !== shape.path) return { status: 404, json: { code: 20404, message: "Not found", status: 404 } };
    const afterToken = req.query.get("PageToken");
    if (afterToken && state.failLaterPages) return { status: 503, json: { code: 20500, message: "Service unavailable", status: 503 } };
    const fromDay = req.query.get(shape.dayFilter)?.slice(0, 10);
    const listed = state.items
      .filter((item) => !fromDay || (item.at !== null && new Date(item.at).toISOString().slice(0, 10) >= fromDay))
      .filter((item) =>
        Object.entries(shape.exactFilters ?? {}).every(
          ([param, field]) => !req.query.get(param) || item.fields[field] === req.query.get(param),
        ),
      )
      .sort((a, b) => (b.at ?? Number.MAX_SAFE_INTEGER) - (a.at ?? Number.MAX_SAFE_INTEGER) || b.sid.localeCompare(a.sid));
    const start = afterToken ? listed.findIndex((item) => item.sid === afterToken) + 1 : 0;
    const page = listed.slice(start, start + state.pageSize);
    const next = new URLSearchParams(req.query);
    next.set("PageToken", page.length > 0 ? page[page.length - 1].sid : "");
    return {
      status: 200,
      json: {
        [shape.key]: page.map((item) => ({ ...item.fields, sid: item.sid, [shape.timeField]: item.at === null ? null : rfc2822(item.at) })),
        next_page_uri: start + state.pageSize < listed.length ? `${shape.path}?${next}` : null,
        page: 0,
        page_size: state.pageSize,
        uri: `${shape.path}?${req.query}`,
      },
    };
  });
  return Object.assign(state, server);
}
