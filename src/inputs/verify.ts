import { input } from "@prismatic-io/spectral";
import { SID_PATTERNS } from "../client/identifiers/sids";
import { VERIFY_CHANNELS } from "../client/terms";
import { InputError } from "../client/transport/errors";
import type { VerificationTarget, VerifyChannel } from "../client/verify/verifications";
import { cleanBoolean, cleanInteger, cleanPattern, optionalText, requireValue } from "./clean";
import { continueFromInput, limitInput } from "./lists";

const VERIFY_SERVICE_EXPECTED = 'a Verify Service SID: "VA" followed by 32 hexadecimal characters';

export const verifyServiceSid = input({
  label: "Verify Service",
  type: "string",
  required: true,
  example: "VA2e8a6f0b5c4d3e2f1a0b9c8d7e6f5a4b",
  comments:
    "The Verify Service (VA...) that sends and checks the codes: its name appears in the message. Create one with Create Verify Service.",
  dataSource: "selectVerifyService",
  clean: (value: unknown): string => {
    const sid = requireValue("Verify Service", optionalText(value), VERIFY_SERVICE_EXPECTED);
    if (!SID_PATTERNS.verifyService.test(sid)) throw new InputError("Verify Service", VERIFY_SERVICE_EXPECTED, sid);
    return sid;
  },
});

export const verificationTo = input({
  label: "To",
  type: "string",
  required: true,
  example: "+15558675310",
  placeholder: "+15558675310",
  comments:
    "Who gets the code: a phone number in E.164 format for the sms, call and whatsapp channels (a number without + needs Default Country Code), or an e-mail address for the email channel.",
  clean: (value: unknown): string => requireValue("To", optionalText(value), "a phone number such as +15558675310 or an e-mail address"),
});

export const channel = input({
  label: "Channel",
  type: "string",
  required: true,
  default: "sms",
  model: VERIFY_CHANNELS.map((value) => ({ label: value, value })),
  comments:
    "How the code is sent: sms, call (read out by voice), whatsapp or email. Each must be enabled on the Verify Service; email also needs a Twilio SendGrid integration set up on it.",
  clean: (value: unknown): VerifyChannel => {
    const text = (optionalText(value) ?? "sms").toLowerCase();
    if (!(VERIFY_CHANNELS as readonly string[]).includes(text)) throw new InputError("Channel", VERIFY_CHANNELS.join(", "), value);
    return text as VerifyChannel;
  },
});

export const locale = input({
  label: "Locale",
  type: "string",
  required: false,
  example: "es",
  comments: "The language of the message or call, such as en, es, fr, pt-BR or zh-HK. Defaults to the recipient's country's language.",
  clean: cleanPattern("Locale", /^[a-z]{2}(-[A-Za-z]{2,4})?$/, "a language code such as en, es or pt-BR"),
});

export const customFriendlyName = input({
  label: "Custom Friendly Name",
  type: "string",
  required: false,
  example: "Acme",
  comments: 'A name to use in this message instead of the Verify Service\'s own ("Your Acme verification code is...").',
  clean: optionalText,
});

export const customCode = input({
  label: "Custom Code",
  type: "string",
  required: false,
  example: "867530",
  comments:
    "A code of your own to send instead of one Twilio makes. Only works on a Verify Service with custom codes enabled by Twilio Support.",
  clean: cleanPattern("Custom Code", /^[A-Za-z0-9]{4,10}$/, "4 to 10 letters or digits"),
});

export const templateSid = input({
  label: "Template SID",
  type: "string",
  required: false,
  example: "HJ0123456789abcdef0123456789abcdef",
  comments: "A message template (HJ...) from Twilio Console > Verify > Templates, instead of the service's default text.",
  clean: cleanPattern("Template SID", SID_PATTERNS.verifyTemplate, 'a template SID: "HJ" followed by 32 hexadecimal characters'),
});

export const checkTo = input({
  label: "To",
  type: "string",
  required: false,
  example: "+15558675310",
  comments:
    "The phone number (E.164) or e-mail address the code was sent to, exactly as given to Send Verification Code. Leave empty when you give Verification SID.",
  clean: optionalText,
});

export const verificationSid = input({
  label: "Verification SID",
  type: "string",
  required: false,
  example: "VE0123456789abcdef0123456789abcdef",
  comments: "The sid returned by Send Verification Code (VE...), instead of To.",
  clean: cleanPattern("Verification SID", SID_PATTERNS.verification, 'a verification SID: "VE" followed by 32 hexadecimal characters'),
});

export const code = input({
  label: "Code",
  type: "string",
  required: true,
  example: "123456",
  comments: "The code the person typed in. A wrong code is not an error: the result says approved false and status pending.",
  clean: (value: unknown): string => {
    const text = requireValue("Code", optionalText(value), "the code the person received");
    if (!/^[A-Za-z0-9]{4,10}$/.test(text)) throw new InputError("Code", "4 to 10 letters or digits", text);
    return text;
  },
});

export const verifyServiceName = input({
  label: "Friendly Name",
  type: "string",
  required: true,
  example: "Acme",
  comments: 'The name people see in the message ("Your Acme verification code is..."), up to 30 characters.',
  clean: (value: unknown): string => {
    const text = requireValue("Friendly Name", optionalText(value), "a name such as Acme");
    if (text.length > 30) throw new InputError("Friendly Name", "at most 30 characters", `${text.length} characters`);
    return text;
  },
});

export const codeLength = input({
  label: "Code Length",
  type: "string",
  required: false,
  example: "6",
  comments: "How many digits each code has, 4 to 10. Twilio's default is 6.",
  clean: cleanInteger("Code Length", { min: 4, max: 10 }),
});

export const skipSmsToLandlines = input({
  label: "Skip SMS to Landlines",
  type: "boolean",
  required: false,
  default: "false",
  comments: "Refuse to send an SMS code to a landline (error 60205) instead of trying: the person can be called instead.",
  clean: cleanBoolean("Skip SMS to Landlines"),
});

export const doNotShareWarning = input({
  label: "Do Not Share Warning",
  type: "boolean",
  required: false,
  default: "false",
  comments: 'Add "Do not share this code" to each message, against phishing.',
  clean: cleanBoolean("Do Not Share Warning"),
});

export const verifyServiceLimit = limitInput("Verify Services", { order: "" });

export const verifyServiceContinueFrom = continueFromInput(
  "List Verify Services",
  "services",
  "/v2/Services?PageSize=50&Page=1&PageToken=PAVA0123456789abcdef0123456789abcdef",
  { filters: "" },
);

/** Exactly one of To and Verification SID names the verification. */
export function toVerificationTarget(to: string | undefined, verificationSid: string | undefined): VerificationTarget {
  if (to && verificationSid) throw new InputError("Verification SID", "to be empty when To is set: give one of the two", verificationSid);
  if (verificationSid) return { verificationSid };
  if (to) return { to };
  throw new InputError("To", "the phone number or e-mail address the code was sent to, or set Verification SID instead", "");
}
