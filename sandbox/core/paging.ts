import type { SandboxRequest } from "./types";

const DEFAULT_PAGE_SIZE = 50;

interface Window {
  pageSize: number;
  page: number;
  start: number;
}

/**
 * Page and PageSize as Twilio reads them. PageToken is "PA" and the SID (or key) of the previous
 * page's last item, as Twilio's are: the next page continues after that item, so items created
 * between two page requests shift nothing. A token whose item is gone, and a list whose items have
 * neither (available numbers, usage records, prices), fall back to Page x PageSize.
 */
function windowOf(query: Record<string, unknown>, items: PagedList<unknown>): Window {
  const pageSize = Number(query.PageSize ?? DEFAULT_PAGE_SIZE);
  const page = Number(query.Page ?? 0);
  const after = /^PA(.+)$/.exec(String(query.PageToken ?? ""))?.[1];
  const index = after === undefined ? -1 : items.indexOfKey(after);
  return { pageSize, page, start: index >= 0 ? index + 1 : page * pageSize };
}

const keyOf = (item: unknown) => {
  const record = item as { sid?: string; key?: string };
  return record.sid ?? record.key;
};

/**
 * A list as the pagers read it. An array is one; a list too long to hold (a synthetic history of a
 * million messages) makes only the window asked for, and finds an item's place from its key.
 */
export interface PagedList<T> {
  length: number;
  slice(start: number, end: number): T[];
  /** The position of the item with this SID (or key), -1 when it is not in the list. */
  indexOfKey(key: string): number;
}

const paged = <T>(items: T[] | PagedList<T>): PagedList<T> =>
  Array.isArray(items)
    ? {
        length: items.length,
        slice: (start, end) => items.slice(start, end),
        indexOfKey: (key) => items.findIndex((item) => keyOf(item) === key),
      }
    : items;

/**
 * Stored records shown as JSON only for the page asked for, so a page request does not render the
 * whole log. Pages continue after the records' own SIDs.
 */
export function renderedList<S, T>(records: S[], render: (record: S) => T): PagedList<T> {
  const list = paged(records);
  return { length: list.length, slice: (start, end) => list.slice(start, end).map(render), indexOfKey: list.indexOfKey };
}

/** One list after the other, as one. */
export function concatLists<T>(head: T[] | PagedList<T>, second: PagedList<T>): PagedList<T> {
  const first = paged(head);
  return {
    length: first.length + second.length,
    slice: (start, end) => [
      ...first.slice(start, end),
      ...second.slice(Math.max(start - first.length, 0), Math.max(end - first.length, 0)),
    ],
    indexOfKey: (key) => {
      const index = first.indexOfKey(key);
      const later = index >= 0 ? -1 : second.indexOfKey(key);
      return index >= 0 ? index : later >= 0 ? first.length + later : -1;
    },
  };
}

/** The next page's PageToken; none when the last item has no SID or key to continue after. */
const tokenAfter = (items: unknown[]) => {
  const key = keyOf(items[items.length - 1]);
  return key === undefined ? undefined : `PA${key}`;
};

/** The list's URL with some parameters changed; a change to undefined drops the parameter. */
function withQuery(path: string, query: Record<string, unknown>, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && !(name in changes)) params.set(name, String(value));
  for (const [name, value] of Object.entries(changes)) if (value !== undefined) params.set(name, value);
  return `${path}?${params}`;
}

/** A 2010-04-01 list envelope: the items under `key`, relative *_uri links. */
export function v2010Page<T>(request: SandboxRequest, key: string, list: T[] | PagedList<T>) {
  const items = paged(list);
  const { pageSize, page, start } = windowOf(request.query, items);
  const slice = items.slice(start, start + pageSize);
  const link = (pageNumber: number, token: string | undefined) =>
    withQuery(request.path, request.query, { PageSize: String(pageSize), Page: String(pageNumber), PageToken: token });
  return {
    [key]: slice,
    end: start + Math.max(slice.length - 1, 0),
    first_page_uri: withQuery(request.path, request.query, { PageSize: String(pageSize), Page: "0", PageToken: undefined }),
    next_page_uri: start + pageSize < items.length ? link(page + 1, tokenAfter(slice)) : null,
    previous_page_uri: start > 0 ? link(Math.max(page - 1, 0), undefined) : null,
    page,
    page_size: pageSize,
    start,
    uri: withQuery(request.path, request.query, {}),
  };
}

/** A v1/v2 product list envelope: items under `key`, absolute links on the product's Twilio host in `meta`. */
export function v1Page<T>(request: SandboxRequest, host: string, key: string, items: T[]) {
  const { pageSize, page, start } = windowOf(request.query, paged(items));
  const slice = items.slice(start, start + pageSize);
  const url = (changes: Record<string, string | undefined>) =>
    `https://${host}.twilio.com${withQuery(request.path, request.query, changes)}`;
  return {
    [key]: slice,
    meta: {
      first_page_url: url({ PageSize: String(pageSize), Page: "0", PageToken: undefined }),
      key,
      next_page_url:
        start + pageSize < items.length ? url({ PageSize: String(pageSize), Page: String(page + 1), PageToken: tokenAfter(slice) }) : null,
      page,
      page_size: pageSize,
      previous_page_url: start > 0 ? url({ PageSize: String(pageSize), Page: String(Math.max(page - 1, 0)), PageToken: undefined }) : null,
      url: url({ PageSize: String(pageSize), Page: String(page) }),
    },
  };
}
