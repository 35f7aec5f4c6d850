import { NEXT_PAGE_URI } from "../terms";
import type { TwilioClient } from "../twilioClient";
import { ContinuationError, InputError } from "./errors";
import { parseUrl } from "./urls";

export interface JsonRequest {
  method: "get" | "post" | "delete";
  /** An absolute URL on a Twilio host (TWILIO_ORIGINS); a Base URL stands in for it in the HTTP client. */
  uri: string;
  params?: Record<string, string | number>;
  /** Form fields of a POST; an array is sent as the field repeated, as Twilio takes lists. */
  data?: Record<string, string | string[]>;
  /** Such as If-Match on a Sync item update. */
  headers?: Record<string, string>;
}

/**
 * A direct request for resources too light to load twilio-node's list modules for: the same HTTP
 * client (retries, Base URL, credentials, a refusal thrown as the one error type), the body parsed.
 */
export async function requestJson<T>(client: TwilioClient, request: JsonRequest): Promise<T> {
  const response = await client.request(request);
  const body = response.body as unknown;
  return (typeof body === "string" && body !== "" ? JSON.parse(body) : body) as T;
}

/** A page of one of Twilio's newer APIs (content, studio, ...): the items under the page's key, and `meta.next_page_url`. */
export interface ProductPage {
  meta?: { next_page_url?: string | null };
  [key: string]: unknown;
}

/**
 * The path and query of the next page, or null at the end. Only those are taken from the answer:
 * a next-page link is sent with the connection's credentials, so the caller checks the path is
 * the list it reads and puts it on that product's origin itself.
 */
export function nextPagePath(page: ProductPage): string | null {
  const next = page.meta?.next_page_url;
  if (typeof next !== "string" || next === "") return null;
  const url = new URL(next, "https://twilio.invalid");
  return `${url.pathname}${url.search}`;
}

/** What a refused next-page link should have been: said of where it comes from, which an action may name (ContinuationError). */
export interface ContinuationExpected {
  expectedFrom: (source: string) => string;
  source: string;
}

/**
 * A list URL on `origin` for a next-page link, given back to continue a list or read from a page:
 * a path (or a URL on `origin`) of exactly `listPath`, with its query; anything else is refused.
 */
export function continuationUrl(origin: string, listPath: string, text: string, expected: string | ContinuationExpected): string {
  const url = parseUrl(text.startsWith("/") ? `${origin}${text}` : text);
  if (!url || url.origin !== origin || url.pathname !== listPath || url.username || url.password) {
    if (typeof expected === "string") throw new InputError(NEXT_PAGE_URI, expected, text);
    throw new ContinuationError(NEXT_PAGE_URI, expected.expectedFrom, expected.source, text);
  }
  return `${origin}${url.pathname}${url.search}`;
}

/** The same page URL asking for `pageSize` items, so a limit ends on a page boundary. */
export function withPageSize(url: string, pageSize: number): string {
  const parsed = new URL(url);
  parsed.searchParams.set("PageSize", String(pageSize));
  return parsed.toString();
}

/** An ISO 8601 string for a date Twilio gave (ISO 8601 or RFC 2822), or null. */
export function isoDate(value: unknown): string | null {
  if (typeof value !== "string" || value === "") return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}
