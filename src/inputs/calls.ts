import { input } from "@prismatic-io/spectral";
import { CALL_PARTY_EXPECTED, toCaller } from "../client/identifiers/addresses";
import { isNationalNumber } from "../client/identifiers/phoneNumbers";
import { checkedSid } from "../client/identifiers/sids";
import { STATUS_CALLBACK_EVENTS } from "../client/terms";
import { InputError } from "../client/transport/errors";
import type { CallChange, RedirectInstructions, StatusCallbackEvent } from "../client/voice/calls";
import { cleanBoolean, cleanInteger, cleanPattern, cleanUrl, optionalText, requireValue, toTextList } from "./clean";
import { toCallee } from "./recipients";

export const callTo = input({
  label: "To",
  type: "string",
  required: true,
  example: "+15558675310",
  placeholder: "+15558675310",
  comments:
    'Who to call: a phone number in E.164 format, a SIP address ("sip:alice@example.com") or a Voice SDK client ("client:alice"). Spaces, dashes and brackets are removed. A number without + needs Default Country Code.',
  clean: (value: unknown): string => {
    const text = requireValue("To", optionalText(value), CALL_PARTY_EXPECTED);
    return isNationalNumber(text) ? text : toCallee("To", text);
  },
});

/** To with Default Country Code: a national number gets its country code here, once; the clean checked every other form. */
export function toCallRecipient(to: string, defaultCountryCode: string | undefined): string {
  return isNationalNumber(to) ? toCallee("To", to, defaultCountryCode) : to;
}

export const callFrom = input({
  label: "From",
  type: "string",
  required: true,
  example: "+15017122661",
  placeholder: "+15017122661",
  comments: "The caller ID: a voice-capable Twilio number of this account or a caller ID verified in it, in E.164 format.",
  clean: (value: unknown): string => toCaller("From", requireValue("From", optionalText(value), "a Twilio phone number in E.164 format")),
});

export const callSid = input({
  label: "Call SID",
  type: "string",
  required: true,
  example: "CAe1644a7eed5088b159577c5802d8be38",
  comments: "The SID of a call (CA...), as returned by Make a Call or List Calls.",
  dataSource: "selectCall",
  clean: (value: unknown): string => checkedSid("call", optionalText(value) ?? "", "Call SID"),
});

export const confirmCallDeletion = input({
  label: "Confirm Deletion",
  type: "string",
  required: true,
  example: "CAe1644a7eed5088b159577c5802d8be38",
  comments: "The Call SID typed again: deleting a call's record cannot be undone. Anything else refuses the deletion and sends nothing.",
  clean: (value: unknown): string => optionalText(value) ?? "",
});

/** Irreversible: the call is only deleted when its SID was typed again in Confirm Deletion. */
export function confirmDeletion(confirmation: string, sid: string): void {
  if (confirmation !== sid)
    throw new InputError("Confirm Deletion", `the Call SID (${sid}) typed again: deleting a call's record is permanent`, confirmation);
}

export const callStatusCallback = input({
  label: "Status Callback URL",
  type: "string",
  required: false,
  example: "https://hooks.example.com/twilio/call-status",
  comments:
    "Twilio POSTs the call's progress to this URL: when it completes, and at each of Status Callback Events. A Twilio webhook trigger's URL works here (its events are callStatus).",
  clean: cleanUrl("Status Callback URL"),
});

export const statusCallbackEvents = input({
  label: "Status Callback Events",
  type: "string",
  collection: "valuelist",
  required: false,
  example: "answered",
  comments: `Which progress events to send to Status Callback URL besides completed: ${STATUS_CALLBACK_EVENTS.join(", ")}. Needs Status Callback URL.`,
  clean: (value: unknown): StatusCallbackEvent[] => {
    const events = toTextList(value).map((event) => event.toLowerCase());
    const unknown = events.find((event) => !(STATUS_CALLBACK_EVENTS as readonly string[]).includes(event));
    if (unknown !== undefined) throw new InputError("Status Callback Events", `events among ${STATUS_CALLBACK_EVENTS.join(", ")}`, unknown);
    return [...new Set(events)] as StatusCallbackEvent[];
  },
});

/** Status Callback Events are sent to the Status Callback URL: checked with the inputs, before the call is placed. */
export function checkStatusCallback(statusCallback: string | undefined, events: StatusCallbackEvent[]): void {
  if (events.length > 0 && !statusCallback) {
    throw new InputError("Status Callback Events", "a Status Callback URL as well: the events are sent there");
  }
}

export const record = input({
  label: "Record",
  type: "boolean",
  required: false,
  default: "false",
  comments: "Record the whole call. The recording then appears in List Recordings and New Recordings.",
  clean: cleanBoolean("Record"),
});

export const machineDetection = input({
  label: "Machine Detection",
  type: "string",
  required: false,
  model: [
    { label: "Off", value: "" },
    { label: "Detect a person or a machine (Enable)", value: "Enable" },
    { label: "Wait for the end of a machine's greeting (DetectMessageEnd)", value: "DetectMessageEnd" },
  ],
  comments:
    "Let Twilio tell whether a person or an answering machine picked up; the result arrives in the call's answeredBy. Billed per call.",
  clean: (value: unknown): "Enable" | "DetectMessageEnd" | undefined => {
    const text = optionalText(value);
    if (text === undefined || text === "Enable" || text === "DetectMessageEnd") return text;
    throw new InputError("Machine Detection", "Enable, DetectMessageEnd or empty", text);
  },
});

export const ringTimeout = input({
  label: "Ring Timeout (seconds)",
  type: "string",
  required: false,
  example: "30",
  comments:
    "How long to let the phone ring before giving up (5 to 600 seconds; Twilio's default is 60). The call then ends with status no-answer.",
  clean: cleanInteger("Ring Timeout (seconds)", { min: 5, max: 600 }),
});

export const sendDigits = input({
  label: "Digits to Send",
  type: "string",
  required: false,
  example: "ww1234#",
  comments: "Keys to press once the call connects, such as an extension: digits, # and *, with w for a half-second pause. At most 32.",
  clean: cleanPattern("Digits to Send", /^[0-9#*wW]{1,32}$/, "up to 32 of the characters 0-9, #, * and w"),
});

export const timeLimit = input({
  label: "Time Limit (seconds)",
  type: "string",
  required: false,
  example: "600",
  comments: "End the call after this many seconds (1 to 86400; Twilio's default is 4 hours).",
  clean: cleanInteger("Time Limit (seconds)", { min: 1, max: 86400 }),
});

const CALL_CHANGES = ["hangUp", "cancel", "redirect"] as const;

export const callChange = input({
  label: "Change",
  type: "string",
  required: true,
  default: "hangUp",
  model: [
    { label: "Hang up (a call in progress, or one still ringing)", value: "hangUp" },
    { label: "Cancel (only a call still queued or ringing)", value: "cancel" },
    { label: "Redirect to new instructions", value: "redirect" },
  ],
  comments:
    "What to do to the call. Redirect makes a live call follow exactly one of Text to Say, Audio URL, TwiML or TwiML URL from now on. Cancel leaves a call already answered alone.",
  clean: (value: unknown): (typeof CALL_CHANGES)[number] => {
    const text = optionalText(value) ?? "hangUp";
    if (!(CALL_CHANGES as readonly string[]).includes(text)) throw new InputError("Change", CALL_CHANGES.join(", "), text);
    return text as (typeof CALL_CHANGES)[number];
  },
});

/** The change as the client takes it; the instructions are read only for a redirect. */
export function toCallChange(change: (typeof CALL_CHANGES)[number], instructions: () => RedirectInstructions): CallChange {
  if (change === "hangUp") return { hangUp: true };
  if (change === "cancel") return { cancel: true };
  return { redirect: instructions() };
}
