import { InputError } from "../transport/errors";
import { CHANNEL_ADDRESS, E164_PATTERN, normalizePhone, toRecipient, toRecipientWithDefaultCountry } from "./phoneNumbers";
import { SID_PATTERNS } from "./sids";

/** Senders, channels, e-mail and call addresses: what a message, a code or a call goes to or comes from. */

const SHORT_CODE_PATTERN = /^\d{3,8}$/;
/** Alphanumeric sender IDs: up to 11 letters, digits and spaces, at least one letter. */
const ALPHANUMERIC_SENDER_PATTERN = /^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/;

type Channel = "sms" | "whatsapp" | "messenger" | "rcs";

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
