import { InputError } from "./transport/errors";

/**
 * Every SID pattern and the phone-number and channel-address rules, in one place that inputs
 * (to check what a builder typed) and the client (to check what it sends) both use. A SID that
 * matches its pattern is a single path segment, so it can never reach another resource. Each
 * product adds its SIDs here.
 */
export const SID_PATTERNS = {
  account: /^AC[0-9a-fA-F]{32}$/,
  apiKey: /^SK[0-9a-fA-F]{32}$/,
  message: /^(SM|MM)[0-9a-fA-F]{32}$/,
  messagingService: /^MG[0-9a-fA-F]{32}$/,
  phoneNumber: /^PN[0-9a-fA-F]{32}$/,
  content: /^HX[0-9a-fA-F]{32}$/,
  verifyService: /^VA[0-9a-fA-F]{32}$/,
  verification: /^VE[0-9a-fA-F]{32}$/,
  /** Verify's message templates (Console > Verify > Templates). */
  verifyTemplate: /^HJ[0-9a-fA-F]{32}$/,
  studioFlow: /^FW[0-9a-fA-F]{32}$/,
  studioExecution: /^FN[0-9a-fA-F]{32}$/,
  studioStep: /^FT[0-9a-fA-F]{32}$/,
  call: /^CA[0-9a-fA-F]{32}$/,
  recording: /^RE[0-9a-fA-F]{32}$/,
  transcription: /^TR[0-9a-fA-F]{32}$/,
  media: /^ME[0-9a-fA-F]{32}$/,
  application: /^AP[0-9a-fA-F]{32}$/,
  conference: /^CF[0-9a-fA-F]{32}$/,
  syncService: /^IS[0-9a-fA-F]{32}$/,
  intelligenceService: /^GA[0-9a-fA-F]{32}$/,
  transcript: /^GT[0-9a-fA-F]{32}$/,
  conversation: /^CH[0-9a-fA-F]{32}$/,
  conversationService: /^IS[0-9a-fA-F]{32}$/,
  conversationParticipant: /^MB[0-9a-fA-F]{32}$/,
  conversationMessage: /^IM[0-9a-fA-F]{32}$/,
  eventSink: /^DG[0-9a-fA-F]{32}$/,
  eventSubscription: /^DF[0-9a-fA-F]{32}$/,
  /** A2P 10DLC brand registrations. */
  brandRegistration: /^BN[0-9a-fA-F]{32}$/,
} as const;

export type SidKind = keyof typeof SID_PATTERNS;

/** '"CA" followed by 32 hexadecimal characters', read from the pattern itself. */
export function sidExpected(kind: SidKind): string {
  const prefixes = /^\^\(?([A-Z|]+)\)?/.exec(SID_PATTERNS[kind].source)?.[1].split("|") ?? [];
  return `a SID: ${prefixes.map((prefix) => `"${prefix}"`).join(" or ")} followed by 32 hexadecimal characters`;
}

/** A SID about to go into a path, checked against its pattern so it stays one path segment. */
export function checkedSid(kind: SidKind, sid: string, input: string): string {
  if (!SID_PATTERNS[kind].test(sid)) throw new InputError(input, sidExpected(kind), sid);
  return sid;
}

/**
 * A unique name Twilio accepts in place of a SID (Conversations): up to 256 characters, no path
 * separator, query, fragment or dot segment, so once encoded it stays one path segment.
 */
const UNIQUE_NAME_PATTERN = /^(?!\.{1,2}$)[^/\\?#%\s][^/\\?#%]{0,255}$/;

/** A SID of `kind`, or a unique name, as one encoded path segment. */
export function sidOrUniqueNameSegment(kind: SidKind, text: string, input: string): string {
  if (SID_PATTERNS[kind].test(text)) return text;
  if (!UNIQUE_NAME_PATTERN.test(text) || text !== text.trim()) {
    throw new InputError(input, `${sidExpected(kind)}, or a unique name of up to 256 characters without / \\ ? # or %`, text);
  }
  return encodeURIComponent(text);
}

export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;
const PHONE_PUNCTUATION = /[\s().-]/g;
const CHANNEL_ADDRESS = /^(whatsapp|messenger|rcs):(.+)$/i;
const SHORT_CODE_PATTERN = /^\d{3,8}$/;
/** Alphanumeric sender IDs: up to 11 letters, digits and spaces, at least one letter. */
const ALPHANUMERIC_SENDER_PATTERN = /^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/;

/** "+1 (555) 867-5310" is what people paste; Twilio wants "+15558675310". */
function normalizePhone(text: string): string {
  return text.replace(PHONE_PUNCTUATION, "");
}

export const RECIPIENT_EXPECTED =
  'a phone number in E.164 format such as +15558675310, or a channel address such as "whatsapp:+15558675310"';
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
 * Finishes a recipient that may be a national number once the step's Default Country Code is
 * known, and says which input to set when a national number arrives without one.
 */
export function toRecipientWithDefaultCountry(input: string, text: string, defaultCountryCode: string | undefined): string {
  if (!defaultCountryCode && isNationalNumber(text)) throw new InputError(input, NATIONAL_RECIPIENT_EXPECTED, text);
  return toRecipient(input, text, defaultCountryCode);
}

/** "555 867 5310" or "whatsapp:555 867 5310": a number that needs a country code to be sent. */
export function isNationalNumber(text: string): boolean {
  const channel = CHANNEL_ADDRESS.exec(text);
  // Only WhatsApp addresses are phone numbers: a Messenger ID of digits is an ID, not a national number.
  if (channel && channel[1].toLowerCase() !== "whatsapp") return false;
  return NATIONAL_NUMBER_PATTERN.test(normalizePhone(channel?.[2] ?? text));
}

export type Channel = "sms" | "whatsapp" | "messenger" | "rcs";

/** The channel of a recipient or sender address: "whatsapp:+1555..." is WhatsApp, a bare number, short code or sender ID is SMS. */
export function channelOf(address: string): Channel {
  return (CHANNEL_ADDRESS.exec(address)?.[1].toLowerCase() as Channel | undefined) ?? "sms";
}

export type Sender = { from: string } | { messagingServiceSid: string };

const SENDER_EXPECTED =
  'an E.164 phone number (+15017122661), a short code (3 to 8 digits), an alphanumeric sender ID (up to 11 letters, digits or spaces), a "whatsapp:+..." address or a Messaging Service SID (MG...)';

/** A Messaging Service SID given as the sender is sent as MessagingServiceSid, which is what Twilio expects. */
export function toSender(input: string, text: string): Sender {
  if (SID_PATTERNS.messagingService.test(text)) return { messagingServiceSid: text };
  if (CHANNEL_ADDRESS.test(text)) return { from: toRecipient(input, text) };
  if (SHORT_CODE_PATTERN.test(text) || ALPHANUMERIC_SENDER_PATTERN.test(text)) return { from: text };
  const phone = normalizePhone(text);
  if (E164_PATTERN.test(phone)) return { from: phone };
  throw new InputError(input, SENDER_EXPECTED, text);
}

/** What Verify takes as an e-mail address: one @, no spaces, a dot in the domain; Twilio checks the rest. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL_EXPECTED = "an e-mail address such as jane@example.com";

export function toEmailAddress(input: string, text: string): string {
  const email = text.trim();
  if (!EMAIL_PATTERN.test(email)) throw new InputError(input, EMAIL_EXPECTED, text);
  return email;
}

const PLAIN_PHONE_EXPECTED =
  "a phone number in E.164 format such as +15558675310 (a national number such as 555 867 5310 needs the Default Country Code input)";

/** A phone number alone (E.164, or national with a default country code): no channel prefix, no short code. */
export function toPlainPhoneNumber(input: string, text: string, defaultCountryCode: string | undefined): string {
  if (CHANNEL_ADDRESS.test(text)) throw new InputError(input, `${PLAIN_PHONE_EXPECTED}, without a channel prefix`, text);
  if (isNationalNumber(text)) return toRecipientWithDefaultCountry(input, text, defaultCountryCode);
  const phone = normalizePhone(text);
  if (!E164_PATTERN.test(phone)) throw new InputError(input, PLAIN_PHONE_EXPECTED, text);
  return phone;
}

/**
 * Where Verify sends a code: an e-mail address for the email channel, a phone number for every
 * other. Without a channel (checking a code), whichever the text is.
 */
export function toVerificationAddress(
  input: string,
  text: string,
  channel: string | undefined,
  defaultCountryCode: string | undefined,
): string {
  const looksLikeEmail = text.includes("@");
  if (channel === "email" || (channel === undefined && looksLikeEmail)) return toEmailAddress(input, text);
  if (looksLikeEmail)
    throw new InputError(input, `a phone number for the ${channel} channel (an e-mail address needs Channel email)`, text);
  return toPlainPhoneNumber(input, text, defaultCountryCode);
}

/** SIP addresses (sip:alice@example.com) and Voice SDK clients (client:alice) Twilio can call besides phone numbers. */
const CALL_ADDRESS = /^(sip:[^\s@]+@[^\s@]+|client:[A-Za-z0-9_.-]{1,256})$/;

export const CALL_PARTY_EXPECTED =
  'a phone number in E.164 format such as +15558675310, a SIP address ("sip:alice@example.com") or a Voice SDK client ("client:alice")';

/**
 * Who a call goes to: a phone number (a national one with `defaultCountryCode`), a SIP address or
 * a Voice SDK client. Messaging channels (whatsapp:...) cannot be called.
 */
export function toCallee(input: string, text: string, defaultCountryCode?: string): string {
  if (CALL_ADDRESS.test(text)) return text;
  if (CHANNEL_ADDRESS.test(text)) throw new InputError(input, CALL_PARTY_EXPECTED, text);
  return toRecipientWithDefaultCountry(input, text, defaultCountryCode);
}

/** Whom a call comes from: a number of the account or a verified caller ID (E.164), or a Voice SDK client. */
export function toCaller(input: string, text: string): string {
  if (/^client:/.test(text) && CALL_ADDRESS.test(text)) return text;
  const phone = normalizePhone(text);
  if (E164_PATTERN.test(phone)) return phone;
  throw new InputError(input, 'a Twilio phone number or verified caller ID in E.164 format such as +15017122661, or "client:name"', text);
}
