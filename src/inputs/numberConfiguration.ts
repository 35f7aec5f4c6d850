import { input } from "@prismatic-io/spectral";
import { E164_PATTERN, toRecipient } from "../client/identifiers/phoneNumbers";
import { SID_PATTERNS } from "../client/identifiers/sids";
import { InputError } from "../client/transport/errors";
import { cleanPattern, cleanUrl, optionalText, requireValue } from "./clean";
import { idempotencyKey } from "./idempotency";

const OWN_NUMBER_EXPECTED = 'a phone number in E.164 format such as +15017122661, or its SID ("PN" and 32 hexadecimal characters)';
const MAX_FRIENDLY_NAME_LENGTH = 64;

/** "+1 (501) 712-2661" as E.164, or a PN SID as it is. */
function toNumberOrSid(label: string, text: string): string {
  if (SID_PATTERNS.phoneNumber.test(text)) return text;
  let address: string | undefined;
  try {
    address = toRecipient(label, text);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
  }
  if (address === undefined || !E164_PATTERN.test(address)) throw new InputError(label, OWN_NUMBER_EXPECTED, text);
  return address;
}

export const ownPhoneNumber = input({
  label: "Phone Number",
  type: "string",
  required: true,
  dataSource: "selectPhoneNumber",
  example: "+15017122661",
  comments: "A phone number of this account: E.164, or its SID (PN...).",
  clean: (value: unknown): string => toNumberOrSid("Phone Number", requireValue("Phone Number", optionalText(value), OWN_NUMBER_EXPECTED)),
});

export const phoneNumberToBuy = input({
  label: "Phone Number",
  type: "string",
  required: false,
  example: "+14155550100",
  comments:
    "The number to buy, in E.164 (a phoneNumber from Search Available Phone Numbers). Leave empty to buy the first number for sale that matches the search inputs below.",
  clean: cleanPattern("Phone Number", E164_PATTERN, "a phone number in E.164 format such as +14155550100"),
});

export const numberFriendlyName = input({
  label: "Friendly Name",
  type: "string",
  required: false,
  example: "Acme support line",
  comments: `A name for the number in Twilio Console and pickers (at most ${MAX_FRIENDLY_NAME_LENGTH} characters).`,
  clean: (value: unknown): string | undefined => {
    const text = optionalText(value);
    if (text && text.length > MAX_FRIENDLY_NAME_LENGTH)
      throw new InputError("Friendly Name", `at most ${MAX_FRIENDLY_NAME_LENGTH} characters`, `${text.length} characters`);
    return text;
  },
});

const urlInput = (label: string, comments: string, example: string) =>
  input({ label, type: "string", required: false, example, comments, clean: cleanUrl(label) });

const methodInput = (label: string, what: string) =>
  input({
    label,
    type: "string",
    required: false,
    model: ["POST", "GET"].map((value) => ({ label: value, value })),
    comments: `How Twilio requests the ${what}. Leave empty to keep what the number has (POST for a new number).`,
    clean: cleanPattern(label, /^(GET|POST)$/, "GET or POST"),
  });

export const smsUrl = urlInput(
  "SMS URL",
  "Where Twilio sends the number's incoming messages (a webhook answering TwiML, such as this component's Webhook trigger). Replacing it disconnects whatever receives them now.",
  "https://hooks.example.com/twilio/sms",
);
export const smsMethod = methodInput("SMS Method", "SMS URL");
export const smsFallbackUrl = urlInput(
  "SMS Fallback URL",
  "Where Twilio sends incoming messages when the SMS URL fails.",
  "https://hooks.example.com/twilio/sms-fallback",
);
export const voiceUrl = urlInput(
  "Voice URL",
  "Where Twilio asks what to do with the number's incoming calls (TwiML). Ignored while a TwiML App or a SIP trunk handles the number's calls.",
  "https://hooks.example.com/twilio/voice",
);
export const voiceMethod = methodInput("Voice Method", "Voice URL");
export const voiceFallbackUrl = urlInput(
  "Voice Fallback URL",
  "Where Twilio asks when the Voice URL fails.",
  "https://hooks.example.com/twilio/voice-fallback",
);
export const numberStatusCallback = urlInput(
  "Status Callback URL",
  "Where Twilio posts the status of the number's calls.",
  "https://hooks.example.com/twilio/call-status",
);

export const numberMessagingService = input({
  label: "Messaging Service",
  type: "string",
  required: false,
  dataSource: "selectMessagingService",
  example: "MG9752274e9e519418a7406176694466fa",
  comments:
    "Optional: add the number to this Messaging Service's sender pool (MG...). A number belongs to one service at most: remove it from its current one first.",
  clean: cleanPattern(
    "Messaging Service",
    SID_PATTERNS.messagingService,
    'a Messaging Service SID: "MG" followed by 32 hexadecimal characters',
  ),
});

export const requiredMessagingService = input({
  ...numberMessagingService,
  required: true,
  comments: "The Messaging Service (MG...) whose sender pool changes.",
  clean: (value: unknown): string =>
    requireValue(
      "Messaging Service",
      numberMessagingService.clean?.(value) as string | undefined,
      'a Messaging Service SID: "MG" followed by 32 hexadecimal characters',
    ),
});

export const releaseConfirmation = input({
  label: "Confirm Number",
  type: "string",
  required: true,
  example: "+15017122661",
  comments:
    "Releasing cannot be undone: the number stops working at once and may be sold to someone else. Type the number being released again (E.164, or its SID as given in Phone Number); any other value releases nothing.",
  clean: (value: unknown): string => requireValue("Confirm Number", optionalText(value), "the number being released, typed again"),
});

/** Nothing is released unless Confirm Number names the very number found: its E.164 value or its SID. */
export function confirmRelease(confirmation: string, number: { sid: string; phoneNumber: string }): void {
  let typed = confirmation;
  try {
    typed = toNumberOrSid("Confirm Number", confirmation);
  } catch {
    // Compared as typed: a mismatch is reported below with what was expected.
  }
  if (typed !== number.phoneNumber && typed !== number.sid) {
    throw new InputError(
      "Confirm Number",
      `the number being released, ${number.phoneNumber} (or its SID ${number.sid}); nothing was released`,
      confirmation,
    );
  }
}

export const purchaseIdempotencyKey = input({
  ...idempotencyKey,
  comments:
    "Optional: makes the purchase happen once however often this flow runs again. Use a value unique to this purchase, such as customer-1234-number. A later run with the same key buys nothing and returns the number the first run bought, marked replayed; the same key with other inputs is an error.",
});
