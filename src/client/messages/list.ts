import { isWithinInstants, readBoundedList, resolveContinuation } from "../paging";
import { NEXT_PAGE_URI } from "../terms";
import { InputError } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";
import { type MessageRecord, toMessageRecord } from "./messages";

interface MessageQuery {
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
  /** The link to the messages after these, for a later read to continue from; null when there are no more. */
  nextPageUri: string | null;
  hasMore: boolean;
}

/**
 * Reads at most `limit` messages, newest first, with memory bounded by the limit (readBoundedList).
 * Twilio matches the date filters by whole UTC days, whatever the time sent: trimmed to the instants here.
 */
export async function listMessages(client: TwilioClient, request: ListMessagesRequest): Promise<MessageListResult> {
  if (request.conversationWith !== undefined) return listConversation(client, request, request.conversationWith);
  const { query, continueFrom } = request;
  const list = await readBoundedList({
    continuation: continueFrom ? resolveContinuation(client, continueFrom, MESSAGE_LIST) : undefined,
    firstPage: (pageSize) =>
      client.messages.page({
        to: query.to,
        from: query.from,
        dateSent: query.sentOn,
        dateSentBefore: query.sentBefore,
        dateSentAfter: query.sentAfter,
        pageSize,
      }),
    getPage: (url) => client.messages.getPage(url),
    limit: request.limit,
    pageSize: request.pageSize,
    keep: (instance) => isWithinInstants(instance.dateSent, { before: query.sentBefore, after: query.sentAfter }),
  });
  return { messages: list.items.map(toMessageRecord), nextPageUri: list.nextPageUri, hasMore: list.hasMore };
}

const MESSAGE_LIST = { file: "Messages.json" };

/**
 * Twilio filters by To and From together, so a conversation is two lists: A to B and B to A.
 * Each is read up to the limit (the newest `limit` of the merge can all come from one side),
 * so memory stays bounded by twice the limit. There is no single cursor for two lists: to read
 * further back, pass the oldest dateSent returned as Sent Before.
 */
async function listConversation(client: TwilioClient, request: ListMessagesRequest, otherParty: string): Promise<MessageListResult> {
  const { query, limit, pageSize, continueFrom } = request;
  if (continueFrom) throw new InputError(NEXT_PAGE_URI, "none: a conversation is two lists, which no one link continues", continueFrom);
  const party = query.to ?? query.from;
  if (!party || (query.to && query.from)) {
    // The inputs refuse this first (toMessageListRequest); a caller of the client that did not is told in Twilio's terms.
    throw new InputError("To", `exactly one of To and From: the conversation is between that number and ${otherParty}`);
  }
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
