import type { MessageInstance } from "twilio/lib/rest/api/v2010/account/message";
import { MAX_PAGE_SIZE } from "./messageList";
import { type MessageRecord, toMessageRecord } from "./messages";
import type { TwilioClient } from "./twilioClient";

/**
 * Where the previous poll stopped: the DateSent of the newest message delivered (Twilio's dates
 * have whole seconds) and the SIDs delivered at exactly that second. Messages sent later are new;
 * messages sent in that same second are new unless listed. The list only ever covers one second,
 * so the state stays small however long the trigger runs.
 */
export interface MessagePollState {
  since: string;
  deliveredAtSince: string[];
}

export interface MessagePollOptions {
  to?: string;
  from?: string;
  inboundOnly: boolean;
  /** Most messages delivered by one poll; the rest follow on the next polls, oldest first. */
  maxMessages?: number;
  pageSize?: number;
}

export interface MessagePollResult {
  messages: MessageRecord[];
  state: MessagePollState;
}

export const DEFAULT_MAX_MESSAGES_PER_POLL = 500;

/** The first poll starts from now: the account's history is not replayed into the flow. */
export function initialPollState(now: Date): MessagePollState {
  return {
    since: new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString(),
    deliveredAtSince: [],
  };
}

export function isMessagePollState(value: unknown): value is MessagePollState {
  const state = value as Partial<MessagePollState> | null;
  return (
    typeof state?.since === "string" &&
    !Number.isNaN(Date.parse(state.since)) &&
    Array.isArray(state.deliveredAtSince) &&
    state.deliveredAtSince.every((sid) => typeof sid === "string")
  );
}

/**
 * Finds the messages sent since the state's cursor and returns the oldest of them, up to
 * maxMessages, with the state to save once they are delivered. Nothing is saved here: a poll
 * that fails half-way throws, and the next poll starts again from the same cursor.
 *
 * Twilio lists newest first and filters DateSent by whole days only, so the poll asks for the
 * cursor's day onwards, drops what came before the cursor itself, and stops paging at the first
 * page that reaches back past it. While paging it keeps only the oldest maxMessages found, so
 * memory stays bounded however many messages are waiting.
 */
export async function pollNewMessages(
  client: TwilioClient,
  state: MessagePollState,
  options: MessagePollOptions,
): Promise<MessagePollResult> {
  const since = new Date(state.since);
  const delivered = new Set(state.deliveredAtSince);
  const maxMessages = options.maxMessages ?? DEFAULT_MAX_MESSAGES_PER_POLL;
  const isNew = (message: MessageInstance, sentAt: Date) =>
    (sentAt > since || (sentAt.getTime() === since.getTime() && !delivered.has(message.sid))) &&
    (!options.inboundOnly || message.direction === "inbound");

  const oldestNew: { message: MessageInstance; sentAt: Date }[] = [];
  let page = await client.messages.page({
    to: options.to,
    from: options.from,
    dateSentAfter: startOfUtcDay(since),
    pageSize: Math.min(options.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE),
  });
  for (;;) {
    let reachedCursor = false;
    for (const message of page.instances) {
      // Unsent messages (queued, scheduled) have no DateSent yet: they are delivered once sent.
      const sentAt = message.dateSent;
      if (!sentAt) continue;
      if (sentAt < since) reachedCursor = true;
      if (!isNew(message, sentAt)) continue;
      oldestNew.push({ message, sentAt });
      if (oldestNew.length > maxMessages) oldestNew.shift();
    }
    if (reachedCursor || !page.nextPageUrl) break;
    page = await client.messages.getPage(page.nextPageUrl);
  }

  const ordered = oldestNew.reverse().sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
  return {
    messages: ordered.map(({ message }) => toMessageRecord(message)),
    state: advance(state, ordered),
  };
}

function advance(state: MessagePollState, delivered: { message: MessageInstance; sentAt: Date }[]): MessagePollState {
  if (delivered.length === 0) return state;
  const newest = delivered[delivered.length - 1].sentAt;
  const since = newest.toISOString();
  const atNewest = delivered.filter(({ sentAt }) => sentAt.getTime() === newest.getTime()).map(({ message }) => message.sid);
  const carried = since === new Date(state.since).toISOString() ? state.deliveredAtSince : [];
  return { since, deliveredAtSince: [...new Set([...carried, ...atNewest])] };
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
