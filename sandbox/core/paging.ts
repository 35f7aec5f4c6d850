import type { SandboxRequest } from "./types";

const DEFAULT_PAGE_SIZE = 50;

interface Window {
  pageSize: number;
  page: number;
  start: number;
}

/** Page and PageSize as Twilio reads them; PageToken carries the offset of the page (PT + start). */
function windowOf(query: Record<string, unknown>): Window {
  const pageSize = Number(query.PageSize ?? DEFAULT_PAGE_SIZE);
  const page = Number(query.Page ?? 0);
  const token = /^PT(\d+)$/.exec(String(query.PageToken ?? ""));
  return { pageSize, page, start: token ? Number(token[1]) : page * pageSize };
}

function withQuery(path: string, query: Record<string, unknown>, changes: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && !(name in changes)) params.set(name, String(value));
  for (const [name, value] of Object.entries(changes)) params.set(name, value);
  return `${path}?${params}`;
}

/** A 2010-04-01 list envelope: the items under `key`, relative *_uri links. */
export function v2010Page<T>(request: SandboxRequest, key: string, items: T[]) {
  const { pageSize, page, start } = windowOf(request.query);
  const slice = items.slice(start, start + pageSize);
  const link = (at: number, pageNumber: number) =>
    withQuery(request.path, request.query, { PageSize: String(pageSize), Page: String(pageNumber), PageToken: `PT${at}` });
  return {
    [key]: slice,
    end: start + Math.max(slice.length - 1, 0),
    first_page_uri: withQuery(request.path, request.query, { PageSize: String(pageSize), Page: "0" }).replace(/&?PageToken=[^&]*/, ""),
    next_page_uri: start + pageSize < items.length ? link(start + pageSize, page + 1) : null,
    previous_page_uri: start > 0 ? link(Math.max(start - pageSize, 0), Math.max(page - 1, 0)) : null,
    page,
    page_size: pageSize,
    start,
    uri: withQuery(request.path, request.query, {}),
  };
}

/** A v1/v2 product list envelope: items under `key`, absolute links on the product's Twilio host in `meta`. */
export function v1Page<T>(request: SandboxRequest, host: string, key: string, items: T[]) {
  const { pageSize, page, start } = windowOf(request.query);
  const slice = items.slice(start, start + pageSize);
  const url = (changes: Record<string, string>) => `https://${host}.twilio.com${withQuery(request.path, request.query, changes)}`;
  return {
    [key]: slice,
    meta: {
      first_page_url: url({ PageSize: String(pageSize), Page: "0" }),
      key,
      next_page_url:
        start + pageSize < items.length
          ? url({ PageSize: String(pageSize), Page: String(page + 1), PageToken: `PT${start + pageSize}` })
          : null,
      page,
      page_size: pageSize,
      previous_page_url:
        start > 0
          ? url({ PageSize: String(pageSize), Page: String(Math.max(page - 1, 0)), PageToken: `PT${Math.max(start - pageSize, 0)}` })
          : null,
      url: url({ PageSize: String(pageSize), Page: String(page) }),
    },
  };
}
