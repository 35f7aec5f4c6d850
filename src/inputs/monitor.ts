import { input } from "@prismatic-io/spectral";
import { ALERT_LOG_LEVELS } from "../client/terms";
import { cleanChoice, cleanDateTime } from "./clean";
import { continueFromInput, limitInput } from "./lists";

export const alertLogLevel = input({
  label: "Log Level",
  type: "string",
  required: false,
  model: [
    { label: "Errors and warnings", value: "" },
    { label: "Errors only", value: "error" },
    { label: "Warnings only", value: "warning" },
  ],
  comments: "Only alerts of this level. Errors are failures (a message not delivered, a webhook that failed); warnings need a look.",
  clean: cleanChoice("Log Level", ALERT_LOG_LEVELS),
});

export const alertsAfter = input({
  label: "Start Date",
  type: "string",
  required: false,
  example: "2026-11-19T08:00:00Z",
  comments: "Only alerts from this date and time on (ISO 8601). Twilio keeps alerts for 30 days.",
  clean: cleanDateTime("Start Date"),
});

export const alertsBefore = input({
  label: "End Date",
  type: "string",
  required: false,
  example: "2026-11-20T12:00:00Z",
  comments: "Only alerts up to this date and time (ISO 8601).",
  clean: cleanDateTime("End Date"),
});

export const alertLimit = limitInput("alerts");
export const alertContinueFrom = continueFromInput("List Alerts", "alerts", "/v1/Alerts?PageSize=50&Page=1&PageToken=PANO...");
