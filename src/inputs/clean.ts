import { util } from "@prismatic-io/spectral";
import { type Sender, toSender } from "../client/identifiers/addresses";
import { isNationalNumber, RECIPIENT_EXPECTED, toCountryCode, toRecipient } from "../client/identifiers/phoneNumbers";
import { InputError } from "../client/transport/errors";
import { parseUrl } from "../client/transport/urls";

/**
 * Clean functions for inputs. Each returns undefined for an empty optional value and throws an
 * InputError naming the input for a wrong one, so a flow fails before any request is sent.
 */

/**
 * "10,000" for 10000, for input comments. Not toLocaleString: its first call loads ICU's locale
 * data, about 7 MB of memory in every worker that loads the component.
 */
export function withThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function optionalText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = util.types.toString(value).trim();
  return text === "" ? undefined : text;
}

export function requireValue<T>(input: string, value: T | undefined, expected: string): T {
  if (value === undefined) throw new InputError(input, expected, "");
  return value;
}

export function cleanPattern(input: string, pattern: RegExp, expected: string) {
  return (value: unknown): string | undefined => {
    const text = optionalText(value);
    if (text !== undefined && !pattern.test(text)) throw new InputError(input, expected, text);
    return text;
  };
}

/** "+1", "1" or "44" as typed into a Default Country Code input. Nothing is assumed when it is empty. */
export function cleanCountryCode(input: string) {
  return (value: unknown): string | undefined => {
    const text = optionalText(value);
    return text === undefined ? undefined : toCountryCode(input, text);
  };
}

export function cleanRecipient(input: string) {
  return (value: unknown): string | undefined => {
    const text = optionalText(value);
    return text === undefined ? undefined : toRecipient(input, text);
  };
}

/**
 * For a recipient input that sits beside a Default Country Code input. A clean function sees
 * only its own input, so a national number passes here unchanged and the perform finishes it
 * with toRecipientWithDefaultCountry; everything else is checked now.
 */
export function cleanRequiredRecipientOrNationalNumber(input: string) {
  return (value: unknown): string => {
    const text = requireValue(input, optionalText(value), RECIPIENT_EXPECTED);
    return isNationalNumber(text) ? text : toRecipient(input, text);
  };
}

export function cleanSender(input: string) {
  return (value: unknown): Sender | undefined => {
    const text = optionalText(value);
    return text === undefined ? undefined : toSender(input, text);
  };
}

export function cleanInteger(input: string, { min, max }: { min: number; max: number }) {
  return (value: unknown): number | undefined => {
    const text = optionalText(value);
    if (text === undefined) return undefined;
    const number = Number(text);
    if (!Number.isInteger(number) || number < min || number > max) {
      throw new InputError(input, `a whole number from ${min} to ${max}`, text);
    }
    return number;
  };
}

export function cleanBoolean(input: string) {
  return (value: unknown): boolean => {
    if (value === undefined || value === null || value === "") return false;
    if (typeof value === "boolean") return value;
    const text = String(value).trim().toLowerCase();
    if (text === "true" || text === "false") return text === "true";
    throw new InputError(input, "true or false", value);
  };
}

function toHttpUrl(input: string, text: string): string {
  const url = parseUrl(text);
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new InputError(input, "an absolute http(s) URL such as https://example.com/path", text);
  }
  return text;
}

export function cleanUrl(input: string) {
  return (value: unknown): string | undefined => {
    const text = optionalText(value);
    return text === undefined ? undefined : toHttpUrl(input, text);
  };
}

/** A list input: a value list, a JSON array, or comma/newline-separated text all work. */
export function toTextList(value: unknown): string[] {
  if (value === undefined || value === null || value === "") return [];
  if (Array.isArray(value)) return value.flatMap(toTextList);
  const text = util.types.toString(value).trim();
  if (text.startsWith("[")) {
    try {
      return toTextList(JSON.parse(text));
    } catch {
      // Not JSON after all: fall through to separated text.
    }
  }
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export function cleanUrlList(input: string, maxItems: number) {
  return (value: unknown): string[] => {
    const urls = toTextList(value).map((text) => toHttpUrl(input, text));
    if (urls.length > maxItems) throw new InputError(input, `at most ${maxItems} URLs`, `${urls.length} URLs`);
    return urls;
  };
}

export function cleanDateTime(input: string) {
  return (value: unknown): Date | undefined => {
    const text = optionalText(value);
    if (text === undefined) return undefined;
    const date = new Date(text);
    if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(text)) {
      throw new InputError(input, "an ISO 8601 date and time such as 2026-12-01T15:30:00Z", text);
    }
    return date;
  };
}

export function cleanDate(input: string) {
  return (value: unknown): Date | undefined => {
    const text = optionalText(value);
    if (text === undefined) return undefined;
    const date = new Date(`${text.slice(0, 10)}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime())) {
      throw new InputError(input, "a date such as 2026-12-01 (YYYY-MM-DD)", text);
    }
    return date;
  };
}

/** One of `choices`, or undefined when empty. */
export function cleanChoice<T extends string>(input: string, choices: readonly T[]) {
  return (value: unknown): T | undefined => {
    const text = optionalText(value);
    if (text !== undefined && !(choices as readonly string[]).includes(text)) throw new InputError(input, choices.join(", "), text);
    return text as T | undefined;
  };
}

/** Text of at most `maxLength` characters, or undefined when empty. */
export function cleanShortText(input: string, maxLength: number) {
  return (value: unknown): string | undefined => {
    const text = optionalText(value);
    if (text !== undefined && text.length > maxLength) throw new InputError(input, `at most ${maxLength} characters`, text);
    return text;
  };
}
