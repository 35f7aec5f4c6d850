import { input } from "@prismatic-io/spectral";
import { E164_PATTERN, toRecipient } from "../client/identifiers/phoneNumbers";
import { SID_PATTERNS } from "../client/identifiers/sids";
import { InputError } from "../client/transport/errors";
import { cleanBoolean, optionalText, requireValue } from "./clean";

const SENDER_EXPECTED =
  "a phone number of this account in E.164 format (+15017122661), a short code (digits) or a Messaging Service SID (MG...)";

export const complianceSender = input({
  label: "Sender",
  type: "string",
  required: true,
  dataSource: "selectPhoneNumber",
  example: "+15017122661",
  comments:
    "What to check: a phone number of this account (E.164), a short code, or a Messaging Service SID (MG...). A US local number is checked through the Messaging Service that holds it.",
  clean: (value: unknown): string => {
    const text = requireValue("Sender", optionalText(value), SENDER_EXPECTED);
    if (SID_PATTERNS.messagingService.test(text) || /^\d{3,8}$/.test(text)) return text;
    let number: string | undefined;
    try {
      number = toRecipient("Sender", text);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
    }
    if (number === undefined || !E164_PATTERN.test(number)) throw new InputError("Sender", SENDER_EXPECTED, text);
    return number;
  },
});

export const checkSenderFirst = input({
  label: "Check Sender First",
  type: "boolean",
  required: false,
  default: "false",
  comments:
    "Before sending to US numbers, check that the sender can reach them now (A2P 10DLC campaign, toll-free verification or short code) and refuse to send, saying why and what to do, when it cannot. Costs 2 to 4 extra requests; other countries and WhatsApp are not checked.",
  clean: cleanBoolean("Check Sender First"),
});
