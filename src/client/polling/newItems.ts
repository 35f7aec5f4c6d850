import { type ListPage, walkPages } from "../paging";
import { MAX_PAGE_SIZE } from "../terms";

/**
 * How far behind the newest item handled each poll looks again. An item can show up in Twilio's
 * list after newer ones, or with a time earlier than items already handled; one that appears
 * within this window is still delivered, one that appears later than that is not.
 */
export const LOOK_BACK_MS = 120_000;

/**
 * Most SIDs kept in the state. Past it the window shrinks to the newest SIDs (all those of the
 * newest second are always kept), so on an account handling more than this many items per
 * window, a late item is delivered only if it shows up behind fewer than this many others.
 */
export const MAX_SEEN_SIDS = 2000;

/** Most page positions kept for working through a backlog; past them a poll starts again from the newest page. */
const MAX_CHECKPOINTS = 20;

const DEFAULT_MAX_ITEMS_PER_POLL = 500;

/** Requests one poll makes at most, so a large backlog is worked through over several polls instead of one too long. */
const DEFAULT_MAX_PAGES_PER_POLL = 20;

/** Where a page of the list starts, as Twilio's next-page links give it. */
interface PagePosition {
  pageToken: string;
  page?: number;
}

/**
 * What the polls so far have handled. Items timed before `since` are never delivered: it is when
 * the trigger started, then the start of the look-back window behind the newest item handled.
 * Items timed since then are new unless listed in `seen`, so the state stays bounded by the
 * traffic of one window.
 */
export interface PollState {
  since: string;
  /** SID and time of each item handled (delivered, or skipped by `deliver`) and timed since `since`. */
  seen: Record<string, string>;
  /**
   * Newest first, pages down the list towards `since`; the next poll starts at the last. Only set
   * while a backlog is worked through: everything below the last has been handled, so a poll does
   * not page again through all the items above it.
   */
  checkpoints: PagePosition[];
}

/**
 * A Twilio list as polling reads it: newest first by the item's time, filtered from a whole UTC
 * day on (Twilio's date filters ignore the time), paged by PageToken.
 */
export interface PollableList<I> {
  page(request: { fromDay: Date; pageSize: number; position?: PagePosition }): Promise<ListPage<I>>;
  getPage(url: string): Promise<ListPage<I>>;
  sidOf(item: I): string;
  /** When the item counts as new: null while it has none yet (a message not sent, a call not started), and it is handled once it has. */
  timeOf(item: I): Date | null | undefined;
}

export interface PollOptions<I> {
  /** Items handled but not delivered (Inbound Only); they count as handled, so the cursor moves past them. */
  deliver?(item: I): boolean;
  /** Most items handled by one poll; the rest follow on the next polls, oldest first. */
  maxItems?: number;
  maxPages?: number;
  pageSize?: number;
}

interface PollResult<I> {
  items: I[];
  state: PollState;
}

/** The first poll starts from now: the account's history is not replayed into the flow. */
export function initialPollState(now: Date): PollState {
  return { since: new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString(), seen: {}, checkpoints: [] };
}

export function isPollState(value: unknown): value is PollState {
  const state = value as Partial<PollState> | null;
  return (
    isTime(state?.since) &&
    typeof state.seen === "object" &&
    state.seen !== null &&
    Object.values(state.seen).every(isTime) &&
    Array.isArray(state.checkpoints) &&
    state.checkpoints.every((position: Partial<PagePosition> | null) => typeof position?.pageToken === "string")
  );
}

function isTime(value: unknown): value is string {
  return typeof value === "string" && !Number.isNaN(Date.parse(value));
}

interface Found<I> {
  item: I;
  sid: string;
  at: Date;
  /** Index, in this poll's scan, of the page it was on. */
  pageIndex: number;
}

interface Scan<I> {
  /** The oldest new items found, oldest first, at most maxItems. */
  oldest: Found<I>[];
  /** Whether there were more new items than those kept. */
  overflowed: boolean;
  /** The position of each page read; undefined for the newest page. */
  positions: (PagePosition | undefined)[];
  /** Set when the page limit stopped the scan before it reached the handled items: where the rest begins. */
  unread?: PagePosition;
}

type Limits = { maxItems: number; maxPages: number; pageSize: number };

/**
 * Finds items timed since the state's cursor that it has not handled and returns the oldest of
 * them, up to maxItems, with the state to save once they are delivered. Nothing is saved here: a
 * poll that fails half-way throws, and the next poll starts again from the same state.
 *
 * Twilio lists newest first and filters dates by whole days only, so the poll pages from its
 * starting point (the newest page, or a checkpoint) down the list until a page reaches back past the
 * newest item handled, reading at most maxPages pages. A scan stopped by that limit first emits
 * nothing (older items may lie below) and the next poll goes on from where it stopped, so a
 * backlog of any size is worked through in bounded steps. `deliver` is applied after the scan:
 * skipped items count as handled, so the cursor moves past them too.
 */
export async function pollNewItems<I>(list: PollableList<I>, state: PollState, options: PollOptions<I> = {}): Promise<PollResult<I>> {
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS_PER_POLL;
  const pageSize = Math.min(options.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES_PER_POLL;
  // Fewer than a poll may read, so that a poll starting this far above the handled ones reaches them.
  const pagesPerBatch = Math.max(Math.min(Math.ceil(maxItems / pageSize), maxPages - 1), 1);
  const scan = await scanForNew(list, state, { maxItems, maxPages, pageSize });
  if (scan.unread) {
    return {
      items: [],
      state: { ...state, checkpoints: keepLast([...state.checkpoints, ...defined(scan.positions.slice(1)), scan.unread]) },
    };
  }
  const handled = scan.oldest;
  const deliver = options.deliver ?? (() => true);
  return {
    items: handled.filter(({ item }) => deliver(item)).map(({ item }) => item),
    state: { ...remember(state, handled), checkpoints: nextCheckpoints(state.checkpoints, scan, pagesPerBatch) },
  };
}

async function scanForNew<I>(list: PollableList<I>, state: PollState, limits: Limits): Promise<Scan<I>> {
  const since = new Date(state.since);
  const start = state.checkpoints.at(-1);
  const handledUpTo = newestSeen(state);
  const scan: Scan<I> = { oldest: [], overflowed: false, positions: [start] };
  let reachedHandled = false;
  let reachedSince = false;
  const last = await walkPages(
    {
      first: () => list.page({ fromDay: startOfUtcDay(since), pageSize: limits.pageSize, position: start }),
      getPage: list.getPage,
      maxPages: limits.maxPages,
    },
    (page, pageIndex) => {
      reachedHandled = false;
      reachedSince = false;
      for (const item of page.instances) {
        const at = list.timeOf(item);
        if (!at) continue;
        const sid = list.sidOf(item);
        reachedHandled ||= at < handledUpTo;
        reachedSince ||= at < since;
        if (at < since || sid in state.seen) continue;
        scan.oldest.push({ item, sid, at, pageIndex });
        if (scan.oldest.length > limits.maxItems) {
          scan.oldest.shift();
          scan.overflowed = true;
        }
      }
      // Below the newest item handled only late ones can be waiting: a poll from the newest page
      // looks for them down to `since` while its page limit allows, one working through a backlog does not.
      const readOn = !reachedSince && !(reachedHandled && start);
      if (readOn && page.nextPageUrl && pageIndex + 1 < limits.maxPages) scan.positions.push(pagePosition(page.nextPageUrl));
      return readOn;
    },
  );
  // The page limit stopped the scan before it reached the handled items: the next poll goes on from there.
  if (!reachedSince && !reachedHandled && last.nextPageUrl) return { ...scan, unread: pagePosition(last.nextPageUrl) };
  scan.oldest.reverse().sort((a, b) => a.at.getTime() - b.at.getTime());
  return scan;
}

/**
 * Where the next poll starts. Everything below the newest item handled is done, so while more
 * is waiting the next poll starts enough pages above it for a full batch; once all that was found
 * is handled, at the checkpoint above this poll's start (or the newest page).
 */
function nextCheckpoints<I>(checkpoints: PagePosition[], scan: Scan<I>, pagesPerBatch: number): PagePosition[] {
  const above = checkpoints.slice(0, -1);
  const newest = scan.oldest.at(-1);
  const known = [...above, ...scan.positions];
  // The lowest page that can hold much still to handle: the one above the newest handled, or above this poll's start.
  const lowestWaiting = scan.overflowed && newest ? above.length + newest.pageIndex - 1 : above.length - 1;
  return keepLast(defined(known.slice(0, Math.max(lowestWaiting - pagesPerBatch + 2, 0))));
}

/** Adds what this poll handled, moves `since` up to the window behind the newest, and forgets what fell out. */
function remember<I>(state: PollState, handled: Found<I>[]): Omit<PollState, "checkpoints"> {
  const seen: [string, number][] = Object.entries(state.seen).map(([sid, at]) => [sid, Date.parse(at)]);
  for (const { sid, at } of handled) seen.push([sid, at.getTime()]);
  seen.sort((a, b) => b[1] - a[1]);
  let since = Date.parse(state.since);
  if (seen.length > 0) since = Math.max(since, seen[0][1] - LOOK_BACK_MS);
  if (seen.length > MAX_SEEN_SIDS) since = Math.max(since, Math.min(seen[MAX_SEEN_SIDS][1] + 1000, seen[0][1]));
  return {
    since: new Date(since).toISOString(),
    seen: Object.fromEntries(seen.filter(([, at]) => at >= since).map(([sid, at]) => [sid, new Date(at).toISOString()])),
  };
}

function newestSeen(state: PollState): Date {
  return new Date(Math.max(Date.parse(state.since), ...Object.values(state.seen).map((at) => Date.parse(at))));
}

function pagePosition(nextPageUrl: string): PagePosition {
  const query = new URL(nextPageUrl, "https://api.twilio.com").searchParams;
  const page = Number(query.get("Page") ?? Number.NaN);
  return { pageToken: query.get("PageToken") ?? "", ...(Number.isInteger(page) ? { page } : {}) };
}

function defined<T>(values: (T | undefined)[]): T[] {
  return values.filter((value): value is T => value !== undefined);
}

function keepLast(checkpoints: PagePosition[]): PagePosition[] {
  return checkpoints.slice(-MAX_CHECKPOINTS);
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
