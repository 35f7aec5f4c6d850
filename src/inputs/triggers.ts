import { input } from "@prismatic-io/spectral";
import { E164_PATTERN, toRecipient } from "../client/identifiers/phoneNumbers";
import { SID_PATTERNS } from "../client/identifiers/sids";
import { InputError } from "../client/transport/errors";
import { cleanBoolean, cleanPattern, cleanUrl, optionalText } from "./clean";
import { MAX_BODY_LENGTH } from "./messages";

export const triggerConnection = input({
  label: "Connection",
  type: "connection",
  required: true,
  comments:
    "A Twilio connection. The webhook trigger checks Twilio's signatures with its Auth Token: use the Auth Token connection, or fill in the API Key connection's optional Auth Token.",
});

export const pollingConnection = input({
  label: "Connection",
  type: "connection",
  required: true,
  comments: "A Twilio connection (Auth Token or API Key) whose account's messages are checked on each poll.",
});

export const publicWebhookUrl = input({
  label: "Public Webhook URL",
  type: "string",
  required: false,
  example: "https://twilio-hooks.example.com/prismatic/inbound-sms",
  comments:
    "Only when Twilio calls a proxy in front of Prismatic: the exact URL configured at Twilio (its query string comes from each request). Signatures are checked against it, and Phone Number to Register points the number at it. Leave empty to use this flow's webhook URL.",
  clean: cleanUrl("Public Webhook URL"),
});

export const replyMessage = input({
  label: "Reply Message",
  type: "text",
  required: false,
  example: "Thanks! We received your message.",
  comments: `Text Twilio sends back to whoever texted the number, up to ${MAX_BODY_LENGTH} characters. Leave empty to reply nothing (an empty TwiML response). Ignored by Twilio for delivery-status callbacks; calls are answered as Answer Calls With says.`,
  clean: (value: unknown): string | undefined => {
    const text = optionalText(value);
    if (text && text.length > MAX_BODY_LENGTH)
      throw new InputError("Reply Message", `at most ${MAX_BODY_LENGTH} characters`, `${text.length} characters`);
    return text;
  },
});

const PHONE_NUMBER_TO_REGISTER = "Phone Number to Register";
const PHONE_NUMBER_TO_REGISTER_EXPECTED =
  'a phone number in E.164 format such as +15017122661, or its SID ("PN" and 32 hexadecimal characters)';

/** A number of the account as the recipient inputs read one; channel addresses (whatsapp:...) cannot be registered. */
function toIncomingPhoneNumber(text: string): string {
  let address: string | undefined;
  try {
    address = toRecipient(PHONE_NUMBER_TO_REGISTER, text);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
  }
  if (address === undefined || !E164_PATTERN.test(address))
    throw new InputError(PHONE_NUMBER_TO_REGISTER, PHONE_NUMBER_TO_REGISTER_EXPECTED, text);
  return address;
}

export const phoneNumberToRegister = input({
  label: PHONE_NUMBER_TO_REGISTER,
  type: "string",
  required: false,
  dataSource: "selectPhoneNumber",
  example: "+15017122661",
  comments:
    "Optional. A phone number of this account (E.164, or its SID PN...). On deploy, its incoming-message URL (SmsUrl), its incoming-call URL (VoiceUrl) or both, as Register For says, are pointed at this flow and the previous URLs are kept; on instance delete the previous URL is put back, unless someone changed the number since or it already pointed at this flow when registered (the URL from before is then unknown). Leave empty to configure the number at Twilio yourself.",
  clean: (value: unknown): string | undefined => {
    const text = optionalText(value);
    return text === undefined || SID_PATTERNS.phoneNumber.test(text) ? text : toIncomingPhoneNumber(text);
  },
});

export const messagingServiceToRegister = input({
  label: "Messaging Service to Register",
  type: "string",
  required: false,
  dataSource: "selectMessagingService",
  example: "MG9752274e9e519418a7406176694466fa",
  comments:
    'Optional, instead of or beside Phone Number to Register: a Messaging Service (MG...) whose incoming messages should come here. On deploy its inbound request URL is pointed at this flow and the previous URL is kept; on instance delete the previous URL is put back, unless someone changed the service since or it already pointed at this flow when registered. A service with "Use Inbound Webhook on Number" on sends messages to each number\'s own URL instead: the deploy log says so.',
  clean: cleanPattern(
    "Messaging Service to Register",
    SID_PATTERNS.messagingService,
    'a Messaging Service SID: "MG" followed by 32 hexadecimal characters',
  ),
});

export const acceptUnverifiedRequests = input({
  label: "Accept Unverified Requests",
  type: "boolean",
  required: false,
  default: "false",
  comments:
    "Leave off. When on, the trigger no longer checks that requests come from Twilio: anyone who learns this flow's URL can start it with forged messages and statuses, and later steps cannot tell them apart. Only for testing with tools that cannot sign requests.",
  clean: cleanBoolean("Accept Unverified Requests"),
});

export const inboundOnly = input({
  label: "Inbound Only",
  type: "boolean",
  required: false,
  default: "false",
  comments: "Only messages received by your numbers, not the ones your account sent.",
  clean: cleanBoolean("Inbound Only"),
});

export const showNewRecords = input({
  label: "Show New Records",
  type: "boolean",
  required: false,
  default: "true",
  comments:
    "Deliver each new message once. Leave on: this trigger reports new messages only, so with it off each poll delivers nothing and logs a warning. Turned back on, it starts from then: messages that came while it was off are not delivered.",
  // Empty takes the default, on: turning it off has to be explicit.
  clean: (value: unknown): boolean =>
    value === undefined || value === null || value === "" ? true : cleanBoolean("Show New Records")(value),
});

export const showUpdatedRecords = input({
  label: "Show Updated Records",
  type: "boolean",
  required: false,
  default: "false",
  comments:
    "Kept for compatibility; it has no effect. Twilio cannot list messages by when their status changed, so this trigger does not report status changes. To follow delivery, set Status Callback on Send Message to a flow using the Webhook trigger.",
  clean: cleanBoolean("Show Updated Records"),
});

export const registerFor = input({
  label: "Register For",
  type: "string",
  required: false,
  default: "messages",
  model: [
    { label: "Messages (SmsUrl)", value: "messages" },
    { label: "Calls (VoiceUrl)", value: "calls" },
    { label: "Messages and calls", value: "both" },
  ],
  comments:
    "Which of Phone Number to Register's URLs point at this flow: its incoming-message URL, its incoming-call URL, or both. Each keeps the URL it had before, put back on instance delete under the same rules. A URL no longer chosen is put back on the next deploy.",
  clean: (value: unknown): "messages" | "calls" | "both" => {
    const text = optionalText(value) ?? "messages";
    if (text !== "messages" && text !== "calls" && text !== "both") throw new InputError("Register For", "messages, calls or both", text);
    return text;
  },
});
