import { InputError } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";
import { type MessageRecord, toMessageRecord } from "./messages";

export const MAX_LIST_LIMIT = 10_000;
export const MAX_PAGE_SIZE = 1000;

export interface MessageQuery {
  to?: string;
  from?: string;
  /** Messages sent on this UTC day. */
  sentOn?: Date;
  /** Messages sent strictly before this instant. */
  sentBefore?: Date;
  /** Messages sent at or after this instant. */
  sentAfter?: Date;
}

export interface ListMessagesRequest {
  query: MessageQuery;
  limit: number;
  pageSize?: number;
  /** A nextPageUri from an earlier result: continue where it stopped (the query is inside it). */
  continueFrom?: string;
  /** With query.to or query.from set: the messages both ways between that number and this one. */
  conversationWith?: string;
}

export interface MessageListResult {
  messages: MessageRecord[];
  /** Pass to "Continue From" to fetch the messages after these; null when there are no more. */
  nextPageUri: string | null;
  hasMore: boolean;
}

/**
 * Pages read beyond those the limit needs, for time filters that drop messages on the edge
 * days. Past that the call returns what it has and a nextPageUri, so its work stays bounded.
 */
const SPARE_PAGES = 10;

/**
 * Reads at most `limit` messages, newest first. Each page asks for no more than the messages
 * still wanted, so the limit always ends on a page boundary and nextPageUri resumes exactly
 * after the last message returned: memory is bounded by the limit, never by the history.
 */
export async function listMessages(client: TwilioClient, request: ListMessagesRequest): Promise<MessageListResult> {
  if (request.conversationWith !== undefined) return listConversation(client, request, request.conversationWith);
  const { query, limit } = request;
  const pageSize = Math.min(request.pageSize ?? limit, limit, MAX_PAGE_SIZE);
  const messages: MessageRecord[] = [];
  let page = request.continueFrom
    ? await client.messages.getPage(withPageSize(resolveContinuation(client, request.continueFrom), pageSize))
    : await client.messages.page({
        to: query.to,
        from: query.from,
        dateSent: query.sentOn,
        // Twilio matches these by whole UTC days, whatever the time sent: trimmed to the instants below.
        dateSentBefore: query.sentBefore,
        dateSentAfter: query.sentAfter,
        pageSize,
      });
  const maxPages = Math.ceil(limit / pageSize) + SPARE_PAGES;
  for (let pagesRead = 1; ; pagesRead++) {
    // Twilio honours PageSize; a compatible server that does not must still not break the limit.
    for (const instance of page.instances.slice(0, limit - messages.length)) {
      if (isWithinInstants(instance.dateSent, query)) messages.push(toMessageRecord(instance));
    }
    const remaining = limit - messages.length;
    if (remaining <= 0 || !page.nextPageUrl || pagesRead >= maxPages) break;
    page = await client.messages.getPage(withPageSize(page.nextPageUrl, Math.min(pageSize, remaining)));
  }
  const nextPageUri = page.nextPageUrl ? toRelativeUri(page.nextPageUrl) : null;
  return { messages, nextPageUri, hasMore: nextPageUri !== null };
}

const CONVERSATION_INPUT = "Conversation With";

/**
 * Twilio filters by To and From together, so a conversation is two lists: A to B and B to A.
 * Each is read up to the limit (the newest `limit` of the merge can all come from one side),
 * so memory stays bounded by twice the limit. There is no single cursor for two lists: to read
 * further back, pass the oldest dateSent returned as Sent Before.
 */
async function listConversation(client: TwilioClient, request: ListMessagesRequest, otherParty: string): Promise<MessageListResult> {
  const { query, limit, pageSize, continueFrom } = request;
  if (continueFrom) {
    throw new InputError(
      "Continue From",
      `to be empty when ${CONVERSATION_INPUT} is set: to read further back, set Sent Before to the oldest dateSent returned`,
      continueFrom,
    );
  }
  if (query.to && query.from) {
    throw new InputError(
      CONVERSATION_INPUT,
      "only one of To or From set beside it: the conversation is between that number and this one",
      otherParty,
    );
  }
  const party = query.to ?? query.from;
  if (!party)
    throw new InputError(CONVERSATION_INPUT, "To or From set as well: the conversation is between that number and this one", otherParty);
  const dates = { sentOn: query.sentOn, sentBefore: query.sentBefore, sentAfter: query.sentAfter };
  const [received, sent] = await Promise.all([
    listMessages(client, { query: { ...dates, from: otherParty, to: party }, limit, pageSize }),
    listMessages(client, { query: { ...dates, from: party, to: otherParty }, limit, pageSize }),
  ]);
  const merged = [...received.messages, ...sent.messages].sort((a, b) => sentTime(b) - sentTime(a));
  return { messages: merged.slice(0, limit), nextPageUri: null, hasMore: received.hasMore || sent.hasMore || merged.length > limit };
}

/** Twilio's own order: by send time, with messages not sent yet (queued, scheduled) first. */
function sentTime(message: MessageRecord): number {
  const at = message.dateSent ?? message.dateCreated;
  return typeof at === "string" ? Date.parse(at) : Number.POSITIVE_INFINITY;
}

function isWithinInstants(sentAt: Date | null | undefined, { sentBefore, sentAfter }: MessageQuery): boolean {
  if (!sentBefore && !sentAfter) return true;
  if (!sentAt) return false;
  return (!sentBefore || sentAt < sentBefore) && (!sentAfter || sentAt >= sentAfter);
}

function withPageSize(url: string, pageSize: number): string {
  const parsed = new URL(url);
  parsed.searchParams.set("PageSize", String(pageSize));
  return parsed.toString();
}

function toRelativeUri(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/**
 * A continuation may only point at this account's message list: it is sent with the
 * connection's credentials, so it must never become a way to request anything else.
 */
function resolveContinuation(client: TwilioClient, continueFrom: string): string {
  const path = continueFrom.replace(/^https:\/\/api\.twilio\.com(?=\/)/, "");
  const messagesPath = `/2010-04-01/Accounts/${client.accountSid}/Messages.json`;
  if (!path.startsWith(`${messagesPath}?`) && path !== messagesPath) {
    throw new InputError(
      "Continue From",
      `the nextPageUri of an earlier List Messages result for this account (starting with ${messagesPath})`,
      continueFrom,
    );
  }
  return `https://api.twilio.com${path}`;
}
