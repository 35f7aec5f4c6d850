import { checkedSid, sidOrUniqueNameSegment } from "../identifiers/sids";
import { type BoundedList, readBoundedList } from "../paging";
import { continuationUrl, type ProductPage, requestJson } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

/**
 * Where a conversation lives: paths without a service act on the account's default Conversation
 * Service; a conversation of another service is only reachable under /v1/Services/{IS...}.
 */
export interface ConversationScope {
  /** IS...; undefined for the default Conversation Service. */
  serviceSid?: string;
}

export interface ConversationRef extends ConversationScope {
  /** CH... or the conversation's unique name. */
  conversation: string;
}

export interface ListWindow {
  limit: number;
  /** A nextPageUri of an earlier list of the same resource. */
  continueFrom?: string;
}

const ORIGIN = TWILIO_ORIGINS.conversations;
/** Conversations' largest page (its spec caps PageSize at 100). */
const MAX_PAGE_SIZE = 100;

/** "/v1" or "/v1/Services/IS...": every path below is built on it. */
export function scopePath({ serviceSid }: ConversationScope): string {
  return serviceSid ? `/v1/Services/${checkedSid("conversationService", serviceSid, "ChatServiceSid")}` : "/v1";
}

/** The conversation's path; a unique name is encoded as one path segment. */
export function conversationPath(ref: ConversationRef): string {
  return `${scopePath(ref)}/Conversations/${sidOrUniqueNameSegment("conversation", ref.conversation, "ConversationSid")}`;
}

export const conversationsUrl = (path: string): string => `${ORIGIN}${path}`;

/**
 * Reads at most `limit` items of the list at `listPath`, in Twilio's order. An earlier nextPageUri and
 * Twilio's next-page links are only ever followed on this list: they go with the connection's credentials.
 */
export async function readConversationsList<T>(
  client: TwilioClient,
  list: { path: string; key: string; query?: Record<string, string>; noun: string },
  window: ListWindow,
  map: (body: Record<string, unknown>) => T,
): Promise<BoundedList<T>> {
  const expected = `the nextPageUri of an earlier list of ${list.noun} (starting with ${list.path}?)`;
  const page = async (url: string) => {
    const body = await requestJson<ProductPage>(client, { method: "get", uri: url });
    const items = Array.isArray(body[list.key]) ? (body[list.key] as Record<string, unknown>[]) : [];
    const next = body.meta?.next_page_url;
    const nextPageUrl = typeof next === "string" && next !== "" ? continuationUrl(ORIGIN, list.path, next, expected) : undefined;
    return { instances: items.map(map), nextPageUrl };
  };
  const first = window.continueFrom
    ? continuationUrl(ORIGIN, list.path, window.continueFrom, expected)
    : `${ORIGIN}${list.path}${list.query && Object.keys(list.query).length > 0 ? `?${new URLSearchParams(list.query)}` : ""}`;
  return readBoundedList<T>({
    limit: window.limit,
    pageSize: MAX_PAGE_SIZE,
    firstPage: (pageSize) => {
      const url = new URL(first);
      url.searchParams.set("PageSize", String(pageSize));
      return page(url.toString());
    },
    getPage: page,
  });
}
