import { util } from "@prismatic-io/spectral";
import { InputError } from "../client/errors";

/**
 * Clean functions for inputs. Each returns undefined for an empty optional value and throws an
 * InputError naming the input for a wrong one, so a flow fails before any request is sent.
 */

export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;
const PHONE_PUNCTUATION = /[\s().-]/g;
const CHANNEL_ADDRESS = /^(whatsapp|messenger|rcs):(.+)$/i;
const SHORT_CODE_PATTERN = /^\d{3,8}$/;
/** Alphanumeric sender IDs: up to 11 letters, digits and spaces, at least one letter. */
const ALPHANUMERIC_SENDER_PATTERN = /^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/;
export const MESSAGING_SERVICE_SID_PATTERN = /^MG[0-9a-fA-F]{32}$/;
export const MESSAGE_SID_PATTERN = /^(SM|MM)[0-9a-fA-F]{32}$/;

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

/** "+1 (555) 867-5310" is what people paste; Twilio wants "+15558675310". */
function normalizePhone(text: string): string {
  return text.replace(PHONE_PUNCTUATION, "");
}

const RECIPIENT_EXPECTED = 'a phone number in E.164 format such as +15558675310, or a channel address such as "whatsapp:+15558675310"';

export function toRecipient(input: string, text: string): string {
  const channel = CHANNEL_ADDRESS.exec(text);
  if (channel) {
    const [, name, address] = channel;
    const phone = normalizePhone(address);
    if (name.toLowerCase() === "whatsapp" && !E164_PATTERN.test(phone)) throw new InputError(input, RECIPIENT_EXPECTED, text);
    return `${name.toLowerCase()}:${name.toLowerCase() === "whatsapp" ? phone : address}`;
  }
  const phone = normalizePhone(text);
  if (!E164_PATTERN.test(phone)) throw new InputError(input, RECIPIENT_EXPECTED, text);
  return phone;
}

export function cleanRecipient(input: string) {
  return (value: unknown): string | undefined => {
    const text = optionalText(value);
    return text === undefined ? undefined : toRecipient(input, text);
  };
}

export function cleanRequiredRecipient(input: string) {
  return (value: unknown): string => requireValue(input, cleanRecipient(input)(value), RECIPIENT_EXPECTED);
}

export type Sender = { from: string } | { messagingServiceSid: string };

const SENDER_EXPECTED =
  'an E.164 phone number (+15017122661), a short code (5-6 digits), an alphanumeric sender ID (up to 11 letters, digits or spaces), a "whatsapp:+..." address or a Messaging Service SID (MG...)';

/** A Messaging Service SID typed into "From" is sent as MessagingServiceSid, which is what Twilio expects. */
export function cleanSender(input: string) {
  return (value: unknown): Sender | undefined => {
    const text = optionalText(value);
    if (text === undefined) return undefined;
    if (MESSAGING_SERVICE_SID_PATTERN.test(text)) return { messagingServiceSid: text };
    if (CHANNEL_ADDRESS.test(text)) return { from: toRecipient(input, text) };
    if (SHORT_CODE_PATTERN.test(text) || ALPHANUMERIC_SENDER_PATTERN.test(text)) return { from: text };
    const phone = normalizePhone(text);
    if (E164_PATTERN.test(phone)) return { from: phone };
    throw new InputError(input, SENDER_EXPECTED, text);
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

export function toHttpUrl(input: string, text: string): string {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
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

/** Content template variables: Twilio takes them as a JSON object serialized into a string. */
export function cleanJsonObject(input: string) {
  return (value: unknown): string | undefined => {
    if (value && typeof value === "object" && !Array.isArray(value)) return JSON.stringify(value);
    const text = optionalText(value);
    if (text === undefined) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw new InputError(input, 'a JSON object such as {"1": "Jane", "2": "10:30"}', text);
    }
    return JSON.stringify(parsed);
  };
}
