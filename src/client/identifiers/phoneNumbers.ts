import { InputError } from "../transport/errors";
import { redactSecrets } from "../transport/secrets";

/** Phone numbers as people type them, read into the E.164 form Twilio takes. */

export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;
const PHONE_PUNCTUATION = /[\s().-]/g;
/** A messaging channel's address: whatsapp:+1555..., messenger:..., rcs:... */
export const CHANNEL_ADDRESS = /^(whatsapp|messenger|rcs):(.+)$/i;

/** "+1 (555) 867-5310" is what people paste; Twilio wants "+15558675310". */
export function normalizePhone(text: string): string {
  return text.replace(PHONE_PUNCTUATION, "");
}

export const RECIPIENT_EXPECTED =
  'a phone number in E.164 format such as +15558675310, or a channel address such as "whatsapp:+15558675310"';
const nationalRecipientExpected = (countryCode: string) =>
  `${RECIPIENT_EXPECTED}; a national number such as 555 867 5310 needs ${countryCode}`;
const plainPhoneExpected = (countryCode: string) =>
  `a phone number in E.164 format such as +15558675310 (a national number such as 555 867 5310 needs ${countryCode})`;
/** How a refusal below speaks of the country code a national number needs, unless its caller says where the builder gives one. */
const A_COUNTRY_CODE = "a country code";

/**
 * A phone number refused with what a national number needs: a country code. The client cannot
 * say where a builder gives one, so its caller does (withCountryCodeFrom).
 */
export class NationalNumberError extends InputError {
  /** As typed, secrets scrubbed: an error may be serialized into run logs with its own fields. */
  private readonly received: string;

  constructor(
    input: string,
    private readonly expected: (countryCode: string) => string,
    received: string,
  ) {
    super(input, expected(A_COUNTRY_CODE), received);
    this.received = redactSecrets(received);
  }

  /** The same refusal, saying where the country code comes from (a phrase such as "the ... input"). */
  withCountryCodeFrom(countryCode: string): InputError {
    return new InputError(this.input, this.expected(countryCode), this.received);
  }
}
const COUNTRY_CODE_PATTERN = /^\+?([1-9]\d{0,2})$/;
const NATIONAL_NUMBER_PATTERN = /^\d{4,15}$/;
/**
 * In most numbering plans a leading 0 is the trunk prefix dialled only inside the country
 * (UK 07911 123456 is +44 7911 123456). Italy keeps the 0 in international format, so for +39 it stays.
 */
const COUNTRIES_KEEPING_LEADING_ZERO = new Set(["+39"]);
const NANP_COUNTRY_CODE = "+1";
const NANP_NATIONAL_LENGTH = 10;

/** "+1", "1" or "44" as typed, returned as "+1" or "+44". */
export function toCountryCode(input: string, text: string): string {
  const match = COUNTRY_CODE_PATTERN.exec(normalizePhone(text));
  if (!match) throw new InputError(input, "a country calling code of 1 to 3 digits, such as +1 or +44", text);
  return `+${match[1]}`;
}

/**
 * A number typed without "+": the national number of the default country. A leading trunk 0 is
 * dropped (except where the plan keeps it), and a North American number typed with its leading
 * 1 (1 555 867 5310) is not given a second one.
 */
function toInternational(input: string, nationalText: string, countryCode: string): string {
  const digits = normalizePhone(nationalText);
  if (!NATIONAL_NUMBER_PATTERN.test(digits)) throw new NationalNumberError(input, nationalRecipientExpected, nationalText);
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
  if (!E164_PATTERN.test(phone)) throw new NationalNumberError(input, nationalRecipientExpected, nationalText);
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
 * toCountryCode) turns a national number into E.164; a number that starts with "+" is kept.
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

/**
 * Finishes a recipient that may be a national number once its default country code is known, and
 * refuses a national number that arrives without one (NationalNumberError).
 */
export function toRecipientWithDefaultCountry(input: string, text: string, defaultCountryCode: string | undefined): string {
  if (!defaultCountryCode && isNationalNumber(text)) throw new NationalNumberError(input, nationalRecipientExpected, text);
  return toRecipient(input, text, defaultCountryCode);
}

/** "555 867 5310" or "whatsapp:555 867 5310": a number that needs a country code to be sent. */
export function isNationalNumber(text: string): boolean {
  const channel = CHANNEL_ADDRESS.exec(text);
  // Only WhatsApp addresses are phone numbers: a Messenger ID of digits is an ID, not a national number.
  if (channel && channel[1].toLowerCase() !== "whatsapp") return false;
  return NATIONAL_NUMBER_PATTERN.test(normalizePhone(channel?.[2] ?? text));
}

/** A phone number alone (E.164, or national with a default country code): no channel prefix, no short code. */
export function toPlainPhoneNumber(input: string, text: string, defaultCountryCode: string | undefined): string {
  if (CHANNEL_ADDRESS.test(text))
    throw new NationalNumberError(input, (countryCode) => `${plainPhoneExpected(countryCode)}, without a channel prefix`, text);
  if (isNationalNumber(text)) return toRecipientWithDefaultCountry(input, text, defaultCountryCode);
  const phone = normalizePhone(text);
  if (!E164_PATTERN.test(phone)) throw new NationalNumberError(input, plainPhoneExpected, text);
  return phone;
}
