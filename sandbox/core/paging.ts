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
function windowOf(query: Record<string, unknown>, items: unknown[]): Window {
  const pageSize = Number(query.PageSize ?? DEFAULT_PAGE_SIZE);
  const page = Number(query.Page ?? 0);
  const after = /^PA(.+)$/.exec(String(query.PageToken ?? ""))?.[1];
  const index = after === undefined ? -1 : items.findIndex((item) => keyOf(item) === after);
  return { pageSize, page, start: index >= 0 ? index + 1 : page * pageSize };
}

const keyOf = (item: unknown) => {
  const record = item as { sid?: string; key?: string };
  return record.sid ?? record.key;
};
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
export function v2010Page<T>(request: SandboxRequest, key: string, items: T[]) {
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
  const { pageSize, page, start } = windowOf(request.query, items);
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
