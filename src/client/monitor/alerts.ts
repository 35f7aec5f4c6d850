import { productJsonPages } from "../jsonPages";
import { type PollableList, type PollOptions, type PollState, pollNewItems } from "../polling/newItems";
import type { AlertLogLevel } from "../terms";
import { isoDate } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

/** Alerts of Twilio's debugger (Monitor v1), read by direct requests. */

/** An alert as Twilio reports it. */
type TwilioAlert = {
  sid: string;
  /** Twilio's error code, e.g. 30003. */
  errorCode: number | null;
  logLevel: string | null;
  /** What went wrong, in Twilio's words (the alert's Msg). */
  explanation: string | null;
  moreInfo: string | null;
  /** The resource the alert concerns: a message (SM...), a call (CA...), a number (PN...)... */
  resourceSid: string | null;
  serviceSid: string | null;
  requestMethod: string | null;
  requestUrl: string | null;
  /** Every detail Twilio gave in the alert's text, by name. */
  details: Record<string, string>;
  dateGenerated: string | null;
  dateCreated: string | null;
};

/** An alert as List Alerts and New Debugger Alerts show it: with what to do about it, where the component knows (src/errors). */
export type AlertRecord = TwilioAlert & { fix: string | null };

interface AlertBody {
  sid: string;
  error_code?: string | null;
  log_level?: string | null;
  alert_text?: string | null;
  more_info?: string | null;
  resource_sid?: string | null;
  service_sid?: string | null;
  request_method?: string | null;
  request_url?: string | null;
  date_generated?: string | null;
  date_created?: string | null;
}

const alertPages = (client: TwilioClient) =>
  productJsonPages<AlertBody>(client, { origin: TWILIO_ORIGINS.monitor, path: "/v1/Alerts", key: "alerts" });

/** Twilio's alert text is form-encoded (Msg=...&sourceComponent=...); plain text is kept as the explanation. */
function detailsOf(text: string | null | undefined): Record<string, string> {
  if (!text) return {};
  if (!/^[^=&\s]+=/.test(text)) return { Msg: text };
  return Object.fromEntries(new URLSearchParams(text));
}

export function toTwilioAlert(body: AlertBody): TwilioAlert {
  const code = Number(body.error_code);
  const errorCode = body.error_code && Number.isInteger(code) ? code : null;
  const details = detailsOf(body.alert_text);
  return {
    sid: body.sid,
    errorCode,
    logLevel: body.log_level ?? null,
    explanation: details.Msg ?? details.msg ?? body.alert_text ?? null,
    moreInfo: body.more_info ?? (errorCode !== null ? `https://www.twilio.com/docs/errors/${errorCode}` : null),
    resourceSid: body.resource_sid || null,
    serviceSid: body.service_sid || null,
    requestMethod: body.request_method || null,
    requestUrl: body.request_url || null,
    details,
    dateGenerated: isoDate(body.date_generated),
    dateCreated: isoDate(body.date_created),
  };
}

interface AlertQuery {
  logLevel?: AlertLogLevel;
  /** Twilio keeps alerts for 30 days. */
  startDate?: Date;
  endDate?: Date;
}

export async function listAlerts(client: TwilioClient, request: { query: AlertQuery; limit: number; continueFrom?: string }) {
  const { query, continueFrom } = request;
  const pages = alertPages(client);
  const list = await pages.readBounded({
    limit: request.limit,
    continueFrom,
    filters: { LogLevel: query.logLevel, StartDate: query.startDate?.toISOString(), EndDate: query.endDate?.toISOString() },
  });
  return { alerts: list.items.map(toTwilioAlert), nextPageUri: list.nextPageUri, hasMore: list.hasMore };
}

type Limits = Pick<PollOptions<unknown>, "maxItems" | "maxPages" | "pageSize">;

/** Each new alert exactly once, oldest first (pollNewItems), from when Twilio generated it. */
export async function pollNewAlerts(
  client: TwilioClient,
  state: PollState,
  { logLevel, ...limits }: Limits & { logLevel?: AlertLogLevel },
): Promise<{ alerts: TwilioAlert[]; state: PollState }> {
  const pages = alertPages(client);
  const list: PollableList<AlertBody> = {
    page: ({ fromDay, pageSize, position }) =>
      pages.first(pageSize, {
        LogLevel: logLevel,
        StartDate: fromDay.toISOString(),
        PageToken: position?.pageToken,
        Page: position?.page === undefined ? undefined : String(position.page),
      }),
    getPage: pages.next,
    sidOf: (alert) => alert.sid,
    timeOf: (alert) => dateOf(alert.date_generated ?? alert.date_created),
  };
  const result = await pollNewItems(list, state, limits);
  return { alerts: result.items.map(toTwilioAlert), state: result.state };
}

function dateOf(value: string | null | undefined): Date | null {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? null : new Date(time);
}
