import { badRequest } from "../core/errors";
import { v2010Page } from "../core/paging";
import type { ProductFactory, SandboxContext, SandboxRequest } from "../core/types";
import { callLog } from "./callLog";
import { messageLog, segments as segmentsOf } from "./messageLog";

/**
 * Usage records and the balance (api.twilio.com 2010-04-01), counted from what the account did in
 * the sandbox: its outbound messages (segments) and calls (minutes) at fixed prices, per period,
 * or per day or month between StartDate and EndDate. The balance is a starting credit less it all;
 * a subaccount draws on its parent's.
 */
const PRICE_PER_SEGMENT = 0.0079;
const PRICE_PER_MINUTE = 0.014;
export const STARTING_BALANCE = 20;
const DAY_MS = 86_400_000;
const PERIODS = ["Today", "Yesterday", "ThisMonth", "LastMonth", "AllTime", "Daily", "Monthly"] as const;

interface Spend {
  category: string;
  description: string;
  count: number;
  countUnit: string;
  usage: number;
  usageUnit: string;
  price: number;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const startOfDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;
const startOfMonth = (ms: number, offset = 0) => {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1);
};
const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** What the account spent in [from, to), by category, totalprice included. */
function spend(context: SandboxContext, accountSid: string, from: number, to: number): Spend[] {
  const within = (at: number) => at >= from && at < to;
  const sent = messageLog(context, accountSid).messages.filter(
    (message) => message.direction !== "inbound" && within(message.date_created),
  );
  const segments = sent.reduce((total, message) => total + Number(segmentsOf(message.body)), 0);
  const placed = callLog(context, accountSid).calls.filter((call) => call.direction !== "inbound" && within(call.created));
  const minutes = placed.reduce(
    (total, call) => total + (call.ended && call.started ? Math.ceil((call.ended - call.started) / 60_000) : 0),
    0,
  );
  const sms = {
    category: "sms-outbound",
    description: "SMS Outbound",
    count: sent.length,
    countUnit: "messages",
    usage: segments,
    usageUnit: "segments",
    price: round(segments * PRICE_PER_SEGMENT),
  };
  const calls = {
    category: "calls-outbound",
    description: "Voice Minutes Outbound",
    count: placed.length,
    countUnit: "calls",
    usage: minutes,
    usageUnit: "minutes",
    price: round(minutes * PRICE_PER_MINUTE),
  };
  const price = round(sms.price + calls.price);
  return [
    { category: "totalprice", description: "Total Price", count: price, countUnit: "usd", usage: price, usageUnit: "usd", price },
    sms,
    calls,
  ];
}

/** The [from, to) windows a period lists, each one record per category. */
function windows(request: SandboxRequest, period: (typeof PERIODS)[number], now: number): [number, number][] {
  const today = startOfDay(now);
  if (period === "Today") return [[today, now + 1]];
  if (period === "Yesterday") return [[today - DAY_MS, today]];
  if (period === "ThisMonth") return [[startOfMonth(now), now + 1]];
  if (period === "LastMonth") return [[startOfMonth(now, -1), startOfMonth(now)]];
  if (period === "AllTime") return [[0, now + 1]];
  const { StartDate, EndDate } = request.query as Record<string, string | undefined>;
  const end = EndDate ? Date.parse(`${EndDate}T00:00:00Z`) : today;
  const start = StartDate ? Date.parse(`${StartDate}T00:00:00Z`) : end - 30 * DAY_MS;
  if (Number.isNaN(start) || Number.isNaN(end)) throw badRequest(20001, "StartDate and EndDate must be dates (YYYY-MM-DD)");
  const found: [number, number][] = [];
  if (period === "Daily") for (let at = start; at <= end; at += DAY_MS) found.push([at, at + DAY_MS]);
  else for (let at = startOfMonth(start); at <= end; at = startOfMonth(at, 1)) found.push([at, startOfMonth(at, 1)]);
  return found;
}

export const usage: ProductFactory = (context) => {
  const records = (request: SandboxRequest, period: (typeof PERIODS)[number]) => {
    const now = context.clock.now();
    const category = request.query.Category as string | undefined;
    const uri = `/2010-04-01/Accounts/${request.account.sid}/Usage/Records/${period}.json`;
    const found = windows(request, period, now).flatMap(([from, to]) =>
      spend(context, request.account.sid, from, to)
        .filter((one) => !category || one.category === category)
        .map((one) => ({
          account_sid: request.account.sid,
          api_version: "2010-04-01",
          as_of: new Date(now).toISOString().replace(/\.\d{3}Z$/, "+00:00"),
          category: one.category,
          count: String(one.count),
          count_unit: one.countUnit,
          description: one.description,
          end_date: day(Math.min(to, now + 1) - 1),
          price: one.price,
          price_unit: "usd",
          start_date: day(Math.max(from, 0)),
          subresource_uris: {},
          uri,
          usage: String(one.usage),
          usage_unit: one.usageUnit,
        })),
    );
    return { status: 200, json: v2010Page(request, "usage_records", found) };
  };
  return {
    name: "usage",
    spec: "twilio_api_v2010.json",
    prefix: "",
    routes: [
      ...PERIODS.map((period) => ({
        method: "GET" as const,
        path: `/2010-04-01/Accounts/{AccountSid}/Usage/Records/${period}.json`,
        handle: (request: SandboxRequest) => records(request, period),
      })),
      {
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Balance.json",
        handle: (request) => {
          const payer = request.account.ownerSid ?? request.account.sid;
          const accounts = [
            payer,
            ...context
              .accounts()
              .filter((one) => one.ownerSid === payer)
              .map((one) => one.sid),
          ];
          const spent = accounts.reduce((total, sid) => total + spend(context, sid, 0, context.clock.now() + 1)[0].price, 0);
          return { status: 200, json: { account_sid: payer, balance: (STARTING_BALANCE - spent).toFixed(2), currency: "USD" } };
        },
      },
    ],
  };
};
