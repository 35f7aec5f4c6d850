import { MAX_PAGE_SIZE } from "./terms";
import { InputError } from "./transport/errors";
import { withPageSize } from "./transport/jsonRequest";
import type { TwilioClient } from "./twilioClient";

export { withPageSize };

/** What the list readers need of a twilio-node page. */
export interface ListPage<I> {
  instances: I[];
  nextPageUrl?: string;
}

export interface BoundedListRequest<I> {
  /** The first page, asking Twilio for at most this many items. */
  firstPage(pageSize: number): Promise<ListPage<I>>;
  getPage(url: string): Promise<ListPage<I>>;
  limit: number;
  pageSize?: number;
  /** Drops items on the edge days of a day-granular date filter; kept items count towards the limit. */
  keep?(item: I): boolean;
}

export interface BoundedList<I> {
  items: I[];
  /** Pass to "Continue From" to fetch the items after these; null when there are no more. */
  nextPageUri: string | null;
  hasMore: boolean;
}

/**
 * Pages read beyond those the limit needs, for time filters that drop items on the edge days.
 * Past that the call returns what it has and a nextPageUri, so its work stays bounded.
 */
const SPARE_PAGES = 10;

/**
 * Reads at most `limit` items, in Twilio's order. Each page asks for no more than the items still
 * wanted, so the limit always ends on a page boundary and nextPageUri resumes exactly after the
 * last item returned: memory is bounded by the limit, never by the history.
 */
export async function readBoundedList<I>(request: BoundedListRequest<I>): Promise<BoundedList<I>> {
  const { limit, keep = () => true } = request;
  const pageSize = Math.min(request.pageSize ?? limit, limit, MAX_PAGE_SIZE);
  const items: I[] = [];
  let page = await request.firstPage(pageSize);
  const maxPages = Math.ceil(limit / pageSize) + SPARE_PAGES;
  for (let pagesRead = 1; ; pagesRead++) {
    // Twilio honours PageSize; a compatible server that does not must still not break the limit.
    for (const instance of page.instances.slice(0, limit - items.length)) {
      if (keep(instance)) items.push(instance);
    }
    const remaining = limit - items.length;
    if (remaining <= 0 || !page.nextPageUrl || pagesRead >= maxPages) break;
    page = await request.getPage(withPageSize(page.nextPageUrl, Math.min(pageSize, remaining)));
  }
  const nextPageUri = page.nextPageUrl ? toRelativeUri(page.nextPageUrl) : null;
  return { items, nextPageUri, hasMore: nextPageUri !== null };
}

function toRelativeUri(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/**
 * A continuation may only point at this account's list of the resource (`/Messages.json`): it is
 * sent with the connection's credentials, so it must never become a way to request anything else.
 */
export function resolveContinuation(client: TwilioClient, continueFrom: string, list: { file: string; action: string }): string {
  const path = continueFrom.replace(/^https:\/\/api\.twilio\.com(?=\/)/, "");
  const listPath = `/2010-04-01/Accounts/${client.accountSid}/${list.file}`;
  if (!path.startsWith(`${listPath}?`) && path !== listPath) {
    throw new InputError(
      "Continue From",
      `the nextPageUri of an earlier ${list.action} result for this account (starting with ${listPath})`,
      continueFrom,
    );
  }
  return `https://api.twilio.com${path}`;
}

/** Whether a time lies within [after, before): Twilio's date filters are whole UTC days, these are instants. */
export function isWithinInstants(at: Date | null | undefined, { before, after }: { before?: Date; after?: Date }): boolean {
  if (!before && !after) return true;
  if (!at) return false;
  return (!before || at < before) && (!after || at >= after);
}
