import type { PagedList } from "../core/paging";
import type { SandboxContext } from "../core/types";
import { messageJson, newMessage } from "./messageLog";

/**
 * A synthetic message history, for reading at scale (the bench lists from a million messages):
 * `count` delivered messages, one sent every `spacingMs` before `newest`, older than every message
 * the account keeps. Nothing is stored: a list page makes only its own messages from their place
 * in the history, and a SID (SM and the place in hexadecimal) says where a message sits.
 */
export interface MessageHistory {
  count: number;
  newest: number;
  spacingMs: number;
  to: string;
  from: string;
  body: string;
}

const DAY_MS = 86_400_000;

export const historyOf = (context: SandboxContext, accountSid: string) =>
  context.state<{ history?: MessageHistory }>("messageHistory", accountSid, () => ({}));

const sidAt = (index: number) => `SM${(index + 1).toString(16).padStart(32, "0")}`;

function indexOfSid(history: MessageHistory, sid: string): number {
  const match = /^SM([0-9a-f]{32})$/.exec(sid);
  const index = match ? Number.parseInt(match[1], 16) - 1 : -1;
  return index >= 0 && index < history.count ? index : -1;
}

function messageAt(history: MessageHistory, accountSid: string, index: number) {
  const sent = history.newest - index * history.spacingMs;
  return messageJson(
    newMessage({
      sid: sidAt(index),
      account_sid: accountSid,
      to: history.to,
      from: history.from,
      body: history.body,
      direction: "outbound-api",
      status: "delivered",
      date_created: sent,
      date_sent: sent,
    }),
  );
}

/** The message of the history with this SID, as Twilio's JSON, or undefined. */
export function historyMessage(context: SandboxContext, accountSid: string, sid: string) {
  const { history } = historyOf(context, accountSid);
  const index = history ? indexOfSid(history, sid) : -1;
  return history && index >= 0 ? messageAt(history, accountSid, index) : undefined;
}

export interface HistoryFilter {
  To?: string;
  From?: string;
  /** Days as Twilio's DateSent, DateSent< and DateSent> filters give them (YYYY-MM-DD...). */
  on?: string;
  onOrBefore?: string;
  onOrAfter?: string;
}

/** The messages of the history a list with these filters returns, newest first (empty without a history). */
export function historyList(context: SandboxContext, accountSid: string, filter: HistoryFilter): PagedList<ReturnType<typeof messageJson>> {
  const { history } = historyOf(context, accountSid);
  const empty = { length: 0, slice: () => [], indexOfKey: () => -1 };
  if (!history || (filter.To && filter.To !== history.to) || (filter.From && filter.From !== history.from)) return empty;
  // Sent times fall as the index grows: each day filter keeps one run of indexes.
  const dayStart = (day: string) => Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  const firstSentBy = (time: number) => Math.max(Math.ceil((history.newest - time) / history.spacingMs), 0);
  const lastSentFrom = (time: number) => Math.floor((history.newest - time) / history.spacingMs);
  let first = 0;
  let last = history.count - 1;
  for (const day of [filter.on, filter.onOrBefore].filter((value): value is string => Boolean(value))) {
    first = Math.max(first, firstSentBy(dayStart(day) + DAY_MS - 1));
  }
  for (const day of [filter.on, filter.onOrAfter].filter((value): value is string => Boolean(value))) {
    last = Math.min(last, lastSentFrom(dayStart(day)));
  }
  const length = Math.max(last - first + 1, 0);
  return {
    length,
    slice: (start, end) => {
      const messages = [];
      for (let at = start; at < Math.min(end, length); at++) messages.push(messageAt(history, accountSid, first + at));
      return messages;
    },
    indexOfKey: (sid) => {
      const index = indexOfSid(history, sid);
      return index >= first && index <= last ? index - first : -1;
    },
  };
}
