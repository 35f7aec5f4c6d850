import { input } from "@prismatic-io/spectral";
import type { CallStatus } from "twilio/lib/rest/api/v2010/account/call";
import { toCaller } from "../client/identifiers/addresses";
import { CALL_STATUSES } from "../client/terms";
import { InputError } from "../client/transport/errors";
import { cleanDateTime, optionalText } from "./clean";
import { continueFromInput, limitInput, pageSizeInput } from "./lists";
import { toCallee } from "./recipients";

export const callToFilter = input({
  label: "To",
  type: "string",
  required: false,
  example: "+15558675310",
  comments: "Only calls to this phone number (E.164), SIP address or client.",
  clean: (value: unknown): string | undefined => {
    const text = optionalText(value);
    return text === undefined ? undefined : toCallee("To", text);
  },
});

export const callFromFilter = input({
  label: "From",
  type: "string",
  required: false,
  example: "+15017122661",
  comments: "Only calls from this phone number (E.164) or client.",
  clean: (value: unknown): string | undefined => {
    const text = optionalText(value);
    return text === undefined ? undefined : toCaller("From", text);
  },
});

export const callStatusFilter = input({
  label: "Status",
  type: "string",
  required: false,
  model: [{ label: "Any", value: "" }, ...CALL_STATUSES.map((status) => ({ label: status, value: status }))],
  comments: "Only calls in this status.",
  clean: (value: unknown): CallStatus | undefined => {
    const text = optionalText(value);
    if (text === undefined) return undefined;
    if (!(CALL_STATUSES as readonly string[]).includes(text)) throw new InputError("Status", `one of ${CALL_STATUSES.join(", ")}`, text);
    return text as CallStatus;
  },
});

export const startedBefore = input({
  label: "Started Before",
  type: "string",
  required: false,
  example: "2026-11-20T12:00:00Z",
  comments: "Only calls started before this date or time (ISO 8601). Twilio filters whole days; the component trims to the exact time.",
  clean: cleanDateTime("Started Before"),
});

export const startedAfter = input({
  label: "Started After",
  type: "string",
  required: false,
  example: "2026-11-19T08:00:00Z",
  comments:
    "Only calls started at or after this date or time (ISO 8601). Twilio filters whole days; the component trims to the exact time.",
  clean: cleanDateTime("Started After"),
});

export const callLimit = limitInput("calls");
export const callPageSize = pageSizeInput("calls");
export const callContinueFrom = continueFromInput(
  "List Calls",
  "calls",
  "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Calls.json?PageSize=50&Page=1&PageToken=PACA...",
);
