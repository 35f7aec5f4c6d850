import type { MessageInstance, MessagePage } from "twilio/lib/rest/api/v2010/account/message";
import type { TwilioClient } from "../twilioClient";
import { MAX_PAGE_SIZE } from "./list";
import { type MessageRecord, toMessageRecord } from "./messages";

/**
 * How far behind the newest message handled each poll looks again. A message can show up in
 * Twilio's list after newer ones, or with a DateSent earlier than messages already handled; one
 * that appears within this window is still delivered, one that appears later than that is not.
 */
export const LOOK_BACK_MS = 120_000;

/**
 * Most SIDs kept in the state. Past it the window shrinks to the newest SIDs (all those of the
 * newest second are always kept), so on an account handling more than this many messages per
 * window, a late message is delivered only if it shows up behind fewer than this many others.
 */
export const MAX_SEEN_SIDS = 2000;

/** Most page positions kept for working through a backlog; past them a poll starts again from the newest page. */
const MAX_CHECKPOINTS = 20;

export const DEFAULT_MAX_MESSAGES_PER_POLL = 500;

/** Requests one poll makes at most, so a large backlog is worked through over several polls instead of one too long. */
export const DEFAULT_MAX_PAGES_PER_POLL = 20;

/** Where a page of the list starts, as Twilio's next-page links give it. */
export interface PagePosition {
  pageToken: string;
  page?: number;
}

/**
 * What the polls so far have handled. Messages sent before `since` are never delivered: it is when
 * the trigger started, then the start of the look-back window behind the newest message handled.
 * Messages sent since then are new unless listed in `seen`, so the state stays bounded by the
 * traffic of one window.
 */
export interface MessagePollState {
  since: string;
  /** SID and DateSent of each message handled (delivered, or skipped by Inbound Only) and sent since `since`. */
  seen: Record<string, string>;
  /**
   * Newest first, pages down the list towards `since`; the next poll starts at the last. Only set
   * while a backlog is worked through: everything below the last has been handled, so a poll does
   * not page again through all the messages above it.
   */
  checkpoints: PagePosition[];
}

export interface MessagePollOptions {
  to?: string;
  from?: string;
  inboundOnly: boolean;
  /** Most messages handled by one poll; the rest follow on the next polls, oldest first. */
  maxMessages?: number;
  maxPages?: number;
  pageSize?: number;
}

export interface MessagePollResult {
  messages: MessageRecord[];
  state: MessagePollState;
}

/** The first poll starts from now: the account's history is not replayed into the flow. */
export function initialPollState(now: Date): MessagePollState {
  return { since: new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString(), seen: {}, checkpoints: [] };
}

export function isMessagePollState(value: unknown): value is MessagePollState {
  const state = value as Partial<MessagePollState> | null;
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

interface Found {
  message: MessageInstance;
  sentAt: Date;
  /** Index, in this poll's scan, of the page it was on. */
  pageIndex: number;
}

interface Scan {
  /** The oldest new messages found, oldest first, at most maxMessages. */
  oldest: Found[];
  /** Whether there were more new messages than those kept. */
  overflowed: boolean;
  /** The position of each page read; undefined for the newest page. */
  positions: (PagePosition | undefined)[];
  /** Set when the page limit stopped the scan before it reached the handled messages: where the rest begins. */
  unread?: PagePosition;
}

/**
 * Finds messages sent since the state's cursor that it has not handled and returns the oldest of
 * them, up to maxMessages, with the state to save once they are delivered. Nothing is saved here: a
 * poll that fails half-way throws, and the next poll starts again from the same state.
 *
 * Twilio lists newest first and filters DateSent by whole days only, so the poll pages from its
 * starting point (the newest page, or a checkpoint) down the list until a page reaches back past the
 * newest message handled, reading at most maxPages pages. A scan stopped by that limit first emits
 * nothing (older messages may lie below) and the next poll goes on from where it stopped, so a
 * backlog of any size is worked through in bounded steps. Inbound Only is applied after the scan:
 * skipped messages count as handled, so the cursor moves past them too.
 */
export async function pollNewMessages(
  client: TwilioClient,
  state: MessagePollState,
  options: MessagePollOptions,
): Promise<MessagePollResult> {
  const maxMessages = options.maxMessages ?? DEFAULT_MAX_MESSAGES_PER_POLL;
  const pageSize = Math.min(options.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES_PER_POLL;
  // Fewer than a poll may read, so that a poll starting this far above the handled ones reaches them.
  const pagesPerBatch = Math.max(Math.min(Math.ceil(maxMessages / pageSize), maxPages - 1), 1);
  const scan = await scanForNew(client, state, { ...options, maxMessages, maxPages, pageSize });
  if (scan.unread) {
    return {
      messages: [],
      state: { ...state, checkpoints: keepLast([...state.checkpoints, ...defined(scan.positions.slice(1)), scan.unread]) },
    };
  }
  const handled = scan.oldest;
  const delivered = handled.filter(({ message }) => !options.inboundOnly || message.direction === "inbound");
  return {
    messages: delivered.map(({ message }) => toMessageRecord(message)),
    state: { ...remember(state, handled), checkpoints: nextCheckpoints(state.checkpoints, scan, pagesPerBatch) },
  };
}

async function scanForNew(
  client: TwilioClient,
  state: MessagePollState,
  options: MessagePollOptions & { maxMessages: number; maxPages: number; pageSize: number },
): Promise<Scan> {
  const since = new Date(state.since);
  const start = state.checkpoints.at(-1);
  const handledUpTo = newestSeen(state);
  const scan: Scan = { oldest: [], overflowed: false, positions: [start] };
  let page: MessagePage = await client.messages.page({
    to: options.to,
    from: options.from,
    dateSentAfter: startOfUtcDay(since),
    pageSize: options.pageSize,
    pageToken: start?.pageToken,
    pageNumber: start?.page,
  });
  for (let pageIndex = 0; ; pageIndex++) {
    let reachedHandled = false;
    let reachedSince = false;
    for (const message of page.instances) {
      // Unsent messages (queued, scheduled) have no DateSent yet: they are handled once sent.
      const sentAt = message.dateSent;
      if (!sentAt) continue;
      reachedHandled ||= sentAt < handledUpTo;
      reachedSince ||= sentAt < since;
      if (sentAt < since || message.sid in state.seen) continue;
      scan.oldest.push({ message, sentAt, pageIndex });
      if (scan.oldest.length > options.maxMessages) {
        scan.oldest.shift();
        scan.overflowed = true;
      }
    }
    // Below the newest message handled only late ones can be waiting: a poll from the newest page
    // looks for them down to `since` while its page limit allows, one working through a backlog does not.
    if (reachedSince || !page.nextPageUrl || (reachedHandled && start)) break;
    const next = pagePosition(page.nextPageUrl);
    if (scan.positions.length >= options.maxPages) {
      if (reachedHandled) break;
      return { ...scan, unread: next };
    }
    scan.positions.push(next);
    page = await client.messages.getPage(page.nextPageUrl);
  }
  scan.oldest.reverse().sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
  return scan;
}

/**
 * Where the next poll starts. Everything below the newest message handled is done, so while more
 * is waiting the next poll starts enough pages above it for a full batch; once all that was found
 * is handled, at the checkpoint above this poll's start (or the newest page).
 */
function nextCheckpoints(checkpoints: PagePosition[], scan: Scan, pagesPerBatch: number): PagePosition[] {
  const above = checkpoints.slice(0, -1);
  const newest = scan.oldest.at(-1);
  const known = [...above, ...scan.positions];
  // The lowest page that can hold much still to handle: the one above the newest handled, or above this poll's start.
  const lowestWaiting = scan.overflowed && newest ? above.length + newest.pageIndex - 1 : above.length - 1;
  return keepLast(defined(known.slice(0, Math.max(lowestWaiting - pagesPerBatch + 2, 0))));
}

/** Adds what this poll handled, moves `since` up to the window behind the newest, and forgets what fell out. */
function remember(state: MessagePollState, handled: Found[]): Omit<MessagePollState, "checkpoints"> {
  const seen: [string, number][] = Object.entries(state.seen).map(([sid, sentAt]) => [sid, Date.parse(sentAt)]);
  for (const { message, sentAt } of handled) seen.push([message.sid, sentAt.getTime()]);
  seen.sort((a, b) => b[1] - a[1]);
  let since = Date.parse(state.since);
  if (seen.length > 0) since = Math.max(since, seen[0][1] - LOOK_BACK_MS);
  if (seen.length > MAX_SEEN_SIDS) since = Math.max(since, Math.min(seen[MAX_SEEN_SIDS][1] + 1000, seen[0][1]));
  return {
    since: new Date(since).toISOString(),
    seen: Object.fromEntries(seen.filter(([, sentAt]) => sentAt >= since).map(([sid, sentAt]) => [sid, new Date(sentAt).toISOString()])),
  };
}

function newestSeen(state: MessagePollState): Date {
  return new Date(Math.max(Date.parse(state.since), ...Object.values(state.seen).map((sentAt) => Date.parse(sentAt))));
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
