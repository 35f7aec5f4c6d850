import { input } from "@prismatic-io/spectral";
import { USAGE_PERIODS, type UsagePeriod } from "../client/terms";
import { InputError } from "../client/transport/errors";
import type { UsageQuery } from "../client/usage/usage";
import { cleanDate, cleanPattern, optionalText } from "./clean";
import { continueFromInput, limitInput } from "./lists";

export const usagePeriod = input({
  label: "Period",
  type: "string",
  required: true,
  default: "thisMonth",
  model: [
    { label: "Today", value: "today" },
    { label: "Yesterday", value: "yesterday" },
    { label: "This month", value: "thisMonth" },
    { label: "Last month", value: "lastMonth" },
    { label: "All time", value: "allTime" },
    { label: "Daily records (one per day, between Start Date and End Date)", value: "daily" },
    { label: "Monthly records (one per month, between Start Date and End Date)", value: "monthly" },
  ],
  comments: "Which usage: one record per category for the period, or one per category and day (or month) between the two dates.",
  clean: (value: unknown): UsagePeriod => {
    const text = optionalText(value) ?? "thisMonth";
    if (!Object.hasOwn(USAGE_PERIODS, text)) throw new InputError("Period", Object.keys(USAGE_PERIODS).join(", "), text);
    return text as UsagePeriod;
  },
});

export const usageCategory = input({
  label: "Category",
  type: "string",
  required: false,
  example: "sms-outbound",
  comments:
    "Only this usage category, e.g. totalprice, sms, sms-outbound, mms, calls, calls-inbound, phonenumbers, recordings, voice-intelligence. Leave empty for every category.",
  clean: cleanPattern("Category", /^[a-z0-9][a-z0-9-]*$/, "a usage category such as sms-outbound (lowercase letters, digits and dashes)"),
});

const toDay = (input: string) => (value: unknown) => cleanDate(input)(value)?.toISOString().slice(0, 10);

export const usageStartDate = input({
  label: "Start Date",
  type: "string",
  required: false,
  example: "2026-11-01",
  comments: "Daily and monthly records only: the first day (YYYY-MM-DD, UTC). Twilio's default is the account's first usage.",
  clean: toDay("Start Date"),
});

export const usageEndDate = input({
  label: "End Date",
  type: "string",
  required: false,
  example: "2026-11-30",
  comments: "Daily and monthly records only: the last day (YYYY-MM-DD, UTC), included. Twilio's default is today.",
  clean: toDay("End Date"),
});

export const usageLimit = limitInput("usage records", { order: ", in Twilio's order" });
export const usageContinueFrom = continueFromInput(
  "List Usage Records",
  "usage records",
  "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Usage/Records/Daily.json?PageSize=50&Page=1&PageToken=PA...",
);

/** List Usage Records' inputs together: dates only for daily and monthly records, the end on or after the start. */
export function toUsageQuery(values: UsageQuery): UsageQuery {
  const { period, startDate, endDate } = values;
  if ((startDate || endDate) && period !== "daily" && period !== "monthly") {
    throw new InputError("Start Date", "no date for this period: dates apply to daily and monthly records only", startDate ?? endDate);
  }
  if (startDate && endDate && startDate > endDate) {
    throw new InputError("End Date", `a date on or after the Start Date (${startDate})`, endDate);
  }
  return values;
}
