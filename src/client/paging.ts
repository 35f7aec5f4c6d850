import { MAX_PAGE_SIZE, NEXT_PAGE_URI } from "./terms";
import { ContinuationError } from "./transport/errors";
import { withPageSize } from "./transport/jsonRequest";
import type { TwilioClient } from "./twilioClient";

/** What the list readers need of a twilio-node page. */
export interface ListPage<I> {
  instances: I[];
  nextPageUrl?: string;
}

interface BoundedListRequest<I> {
  /** The first page, asking Twilio for at most this many items. */
  firstPage(pageSize: number): Promise<ListPage<I>>;
  /** The URL of a page of this list an earlier read stopped before, already checked: reading starts there instead. */
  continuation?: string;
  getPage(url: string): Promise<ListPage<I>>;
  limit: number;
  pageSize?: number;
  /** Drops items on the edge days of a day-granular date filter; kept items count towards the limit. */
  keep?(item: I): boolean;
}

export interface BoundedList<I> {
  items: I[];
  /** The link to the items after these, for a later read to continue from; null when there are no more. */
  nextPageUri: string | null;
  hasMore: boolean;
}

/**
 * Pages read beyond those the limit needs, for time filters that drop items on the edge days.
 * Past that the call returns what it has and a nextPageUri, so its work stays bounded.
 */
const SPARE_PAGES = 10;

/** One list read page by page: the first page, then each next-page link, at most `maxPages` in all. */
interface PageWalk<I> {
  first(): Promise<ListPage<I>>;
  getPage(url: string): Promise<ListPage<I>>;
  maxPages: number;
  /** The link to request for the page after `nextPageUrl`, such as the same page asking for fewer items. */
  nextRequest?(nextPageUrl: string): string;
}

/**
 * The one pager of every list the component reads: hands each page to `visit`, which says whether
 * to read on, and stops at the end of the list or after `maxPages` requests, so the requests and
 * the memory of any read are bounded whatever the account's history. Returns the last page read:
 * its nextPageUrl is where the list goes on.
 */
export async function walkPages<I>(walk: PageWalk<I>, visit: (page: ListPage<I>, pageIndex: number) => boolean): Promise<ListPage<I>> {
  let page = await walk.first();
  for (let pageIndex = 0; ; pageIndex++) {
    if (!visit(page, pageIndex) || !page.nextPageUrl || pageIndex + 1 >= walk.maxPages) return page;
    page = await walk.getPage(walk.nextRequest ? walk.nextRequest(page.nextPageUrl) : page.nextPageUrl);
  }
}

/**
 * Reads at most `limit` items, in Twilio's order. Each page asks for no more than the items still
 * wanted, so the limit always ends on a page boundary and nextPageUri resumes exactly after the
 * last item returned: memory is bounded by the limit, never by the history.
 */
export async function readBoundedList<I>(request: BoundedListRequest<I>): Promise<BoundedList<I>> {
  const { limit, keep = () => true } = request;
  const pageSize = Math.min(request.pageSize ?? limit, limit, MAX_PAGE_SIZE);
  const items: I[] = [];
  const last = await walkPages(
    {
      first: () => (request.continuation ? request.getPage(withPageSize(request.continuation, pageSize)) : request.firstPage(pageSize)),
      getPage: request.getPage,
      maxPages: Math.ceil(limit / pageSize) + SPARE_PAGES,
      nextRequest: (url) => withPageSize(url, Math.min(pageSize, limit - items.length)),
    },
    (page) => {
      // Twilio honours PageSize; a compatible server that does not must still not break the limit.
      for (const instance of page.instances.slice(0, limit - items.length)) {
        if (keep(instance)) items.push(instance);
      }
      return items.length < limit;
    },
  );
  const nextPageUri = last.nextPageUrl ? toRelativeUri(last.nextPageUrl) : null;
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
export function resolveContinuation(client: TwilioClient, continueFrom: string, list: { file: string }): string {
  const path = continueFrom.replace(/^https:\/\/api\.twilio\.com(?=\/)/, "");
  const listPath = `/2010-04-01/Accounts/${client.accountSid}/${list.file}`;
  if (!path.startsWith(`${listPath}?`) && path !== listPath) {
    throw new ContinuationError(
      NEXT_PAGE_URI,
      (source) => `the nextPageUri of ${source} for this account (starting with ${listPath})`,
      `an earlier page of ${list.file}`,
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
