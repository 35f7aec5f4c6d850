import { util } from "@prismatic-io/spectral";
import { InputError } from "../client/errors";
import { parseUrl } from "../client/urls";

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
const NATIONAL_RECIPIENT_EXPECTED = `${RECIPIENT_EXPECTED}; a national number such as 555 867 5310 needs the Default Country Code input`;
const COUNTRY_CODE_PATTERN = /^\+?([1-9]\d{0,2})$/;
const NATIONAL_NUMBER_PATTERN = /^\d{4,15}$/;
/**
 * In most numbering plans a leading 0 is the trunk prefix dialled only inside the country
 * (UK 07911 123456 is +44 7911 123456). Italy keeps the 0 in international format, so for +39 it stays.
 */
const COUNTRIES_KEEPING_LEADING_ZERO = new Set(["+39"]);
const NANP_COUNTRY_CODE = "+1";
const NANP_NATIONAL_LENGTH = 10;

/**
 * "+1", "1" or "44" as typed into a Default Country Code input, returned as "+1" or "+44".
 * Nothing is assumed when it is empty: a number without a country code is then rejected.
 */
export function cleanCountryCode(input: string) {
  return (value: unknown): string | undefined => {
    const text = optionalText(value);
    if (text === undefined) return undefined;
    const match = COUNTRY_CODE_PATTERN.exec(text.replace(PHONE_PUNCTUATION, ""));
    if (!match) throw new InputError(input, "a country calling code of 1 to 3 digits, such as +1 or +44", text);
    return `+${match[1]}`;
  };
}

/**
 * A number typed without "+": the national number of the default country. A leading trunk 0 is
 * dropped (except where the plan keeps it), and a North American number typed with its leading
 * 1 (1 555 867 5310) is not given a second one.
 */
function toInternational(input: string, nationalText: string, countryCode: string): string {
  const digits = normalizePhone(nationalText);
  if (!NATIONAL_NUMBER_PATTERN.test(digits)) throw new InputError(input, NATIONAL_RECIPIENT_EXPECTED, nationalText);
  let national = digits;
  if (!COUNTRIES_KEEPING_LEADING_ZERO.has(countryCode) && national.startsWith("0")) {
    national = national.slice(1);
    if (national.startsWith("0")) {
      throw new InputError(
        input,
        `a national number of country code ${countryCode}, or a number starting with + instead of an international prefix (00...)`,
        nationalText,
      );
    }
  }
  if (countryCode === NANP_COUNTRY_CODE) {
    if (national.length === NANP_NATIONAL_LENGTH + 1 && national.startsWith("1")) national = national.slice(1);
    if (national.length !== NANP_NATIONAL_LENGTH)
      throw new InputError(input, "a 10-digit North American number such as 555 867 5310", nationalText);
  }
  const phone = `${countryCode}${national}`;
  if (!E164_PATTERN.test(phone)) throw new InputError(input, NATIONAL_RECIPIENT_EXPECTED, nationalText);
  return phone;
}

function toPhoneNumber(input: string, text: string, defaultCountryCode: string | undefined): string {
  const phone = normalizePhone(text);
  if (E164_PATTERN.test(phone)) return phone;
  if (defaultCountryCode && !phone.startsWith("+")) return toInternational(input, text, defaultCountryCode);
  throw new InputError(input, RECIPIENT_EXPECTED, text);
}

/**
 * The address Twilio expects for what a person typed. `defaultCountryCode` ("+1", as returned by
 * cleanCountryCode) turns a national number into E.164; a number that starts with "+" is kept.
 */
export function toRecipient(input: string, text: string, defaultCountryCode?: string): string {
  const channel = CHANNEL_ADDRESS.exec(text);
  if (channel) {
    const [, name, address] = channel;
    const channelName = name.toLowerCase();
    return `${channelName}:${channelName === "whatsapp" ? toPhoneNumber(input, address, defaultCountryCode) : address}`;
  }
  return toPhoneNumber(input, text, defaultCountryCode);
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

/**
 * Finishes a value of cleanRequiredRecipientOrNationalNumber once the step's Default Country
 * Code is known, and says which input to set when a national number arrives without one.
 */
export function toRecipientWithDefaultCountry(input: string, text: string, defaultCountryCode: string | undefined): string {
  if (!defaultCountryCode && isNationalNumber(text)) throw new InputError(input, NATIONAL_RECIPIENT_EXPECTED, text);
  return toRecipient(input, text, defaultCountryCode);
}

/** "555 867 5310" or "whatsapp:555 867 5310": a number that needs a country code to be sent. */
function isNationalNumber(text: string): boolean {
  const address = CHANNEL_ADDRESS.exec(text)?.[2] ?? text;
  return NATIONAL_NUMBER_PATTERN.test(normalizePhone(address));
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

export type Sender = { from: string } | { messagingServiceSid: string };

const SENDER_EXPECTED =
  'an E.164 phone number (+15017122661), a short code (3 to 8 digits), an alphanumeric sender ID (up to 11 letters, digits or spaces), a "whatsapp:+..." address or a Messaging Service SID (MG...)';

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
