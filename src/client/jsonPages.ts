import { type ListPage, readBoundedList } from "./paging";
import { type ContinuationExpected, continuationUrl, nextPagePath, type ProductPage, requestJson } from "./transport/jsonRequest";
import { TWILIO_ORIGINS } from "./transport/origins";
import type { TwilioClient } from "./twilioClient";

/** A next-page link of the list at `path`: said to come from an earlier page of it, or from what the action names. */
function pageOf(path: string): ContinuationExpected {
  return { expectedFrom: (source) => `the nextPageUri of ${source} (starting with ${path}?)`, source: `an earlier page of ${path}` };
}

interface V2010Page {
  next_page_uri?: string | null;
  [key: string]: unknown;
}

/**
 * A 2010-04-01 list read by direct requests, as readBoundedList pages it: the items under `key`
 * and the next page on the REST API's origin (Twilio gives it as a path).
 */
export function v2010JsonPages<T>(client: TwilioClient, key: string) {
  const read = async (url: string, params?: Record<string, string | number>): Promise<ListPage<T>> => {
    const page = await requestJson<V2010Page>(client, { method: "get", uri: url, params });
    // Only the path and query are taken: the next page goes with the connection's credentials, so always to the REST API.
    const next = page.next_page_uri ? new URL(page.next_page_uri, "https://twilio.invalid") : undefined;
    return { instances: (page[key] as T[] | undefined) ?? [], nextPageUrl: next && `${TWILIO_ORIGINS.api}${next.pathname}${next.search}` };
  };
  return {
    first: (path: string, pageSize: number, filters: Record<string, string | undefined>) =>
      read(`${TWILIO_ORIGINS.api}${path}`, { ...definedOnly(filters), PageSize: pageSize }),
    next: (url: string) => read(url),
    /** The URL an earlier result's nextPageUri stands for, refused unless it is a page of the list at `path`. */
    continuation: (path: string, nextPageUri: string) => continuationUrl(TWILIO_ORIGINS.api, path, nextPageUri, pageOf(path)),
  };
}

/**
 * A list of one of Twilio's newer APIs (Voice Intelligence, Monitor...) read by direct requests,
 * as readBoundedList and pollNewItems page it. Next-page links, Twilio's and those given back, are sent
 * with the connection's credentials, so only ever to this same list (continuationUrl).
 */
export function productJsonPages<T>(client: TwilioClient, list: { origin: string; path: string; key: string }) {
  const listUrl = `${list.origin}${list.path}`;
  const expected = pageOf(list.path);
  const read = async (url: string, params?: Record<string, string | number>): Promise<ListPage<T>> => {
    const page = await requestJson<ProductPage>(client, { method: "get", uri: url, params });
    const next = nextPagePath(page);
    return {
      instances: (page[list.key] as T[] | undefined) ?? [],
      nextPageUrl: next ? continuationUrl(list.origin, list.path, next, expected) : undefined,
    };
  };
  const first = (pageSize: number, filters: Record<string, string | undefined>) =>
    read(listUrl, { ...definedOnly(filters), PageSize: pageSize });
  const next = (url: string) => read(url);
  /** The URL an earlier result's nextPageUri stands for, refused unless it is a page of this list. */
  const continuation = (nextPageUri: string) => continuationUrl(list.origin, list.path, nextPageUri, expected);
  return {
    first,
    next,
    continuation,
    /** Up to `limit` items, from the first page with `filters` or from an earlier result's nextPageUri, those `keep` refuses left out. */
    readBounded: (request: {
      limit: number;
      continueFrom?: string;
      filters?: Record<string, string | undefined>;
      keep?: (item: T) => boolean;
    }) =>
      readBoundedList({
        continuation: request.continueFrom ? continuation(request.continueFrom) : undefined,
        firstPage: (pageSize) => first(pageSize, request.filters ?? {}),
        getPage: next,
        limit: request.limit,
        keep: request.keep,
      }),
  };
}

function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
