import { iso8601 } from "../core/clock";
import { badRequest, notFound } from "../core/errors";
import { v1Page } from "../core/paging";
import type { ProductFactory, SandboxContext, SandboxRequest } from "../core/types";

/**
 * Monitor v1 (monitor.twilio.com): the debugger's alerts, newest first, kept 30 days. Tests raise
 * them through POST /__sandbox/alerts (AccountSid, ErrorCode, LogLevel, ResourceSid, AlertText,
 * RequestUrl, GeneratedSecondsAgo), as Twilio raises them when a webhook or a delivery fails.
 */
interface Alert {
  sid: string;
  errorCode: string;
  logLevel: string;
  alertText: string;
  resourceSid: string | null;
  requestUrl: string | null;
  generated: number;
}

const HOST = "monitor";
const KEPT_MS = 30 * 86_400_000;
const alertsOf = (context: SandboxContext, accountSid: string): Alert[] => context.state("monitor", accountSid, () => []);

export const monitor: ProductFactory = (context) => {
  const alertJson = (accountSid: string, alert: Alert) => ({
    account_sid: accountSid,
    alert_text: alert.alertText,
    api_version: "2010-04-01",
    date_created: iso8601(alert.generated + 1000),
    date_generated: iso8601(alert.generated),
    date_updated: iso8601(alert.generated + 1000),
    error_code: alert.errorCode,
    log_level: alert.logLevel,
    more_info: `https://www.twilio.com/docs/errors/${alert.errorCode}`,
    request_method: "POST",
    request_url: alert.requestUrl,
    resource_sid: alert.resourceSid,
    service_sid: null,
    sid: alert.sid,
    url: `https://monitor.twilio.com/v1/Alerts/${alert.sid}`,
  });
  const kept = (request: SandboxRequest) =>
    alertsOf(context, request.account.sid).filter((one) => one.generated > context.clock.now() - KEPT_MS);

  return {
    name: "monitor",
    spec: "twilio_monitor_v1.json",
    prefix: `/${HOST}`,
    control: [
      {
        method: "POST",
        path: "alerts",
        handle: (body) => {
          const account = context.account(String(body.AccountSid ?? context.accounts()[0]?.sid));
          if (!account) throw badRequest(20404, "No such account: give AccountSid");
          const alert: Alert = {
            sid: context.sid("NO"),
            errorCode: String(body.ErrorCode ?? "11200"),
            logLevel: String(body.LogLevel ?? "error"),
            alertText: String(body.AlertText ?? "Msg=HTTP+retrieval+failure&httpResponse=502"),
            resourceSid: body.ResourceSid ? String(body.ResourceSid) : null,
            requestUrl: body.RequestUrl ? String(body.RequestUrl) : null,
            generated: context.clock.now() - Number(body.GeneratedSecondsAgo ?? 0) * 1000,
          };
          alertsOf(context, account.sid).push(alert);
          return alertJson(account.sid, alert);
        },
      },
    ],
    routes: [
      {
        method: "GET",
        path: "/v1/Alerts",
        handle: (request) => {
          const { LogLevel, StartDate, EndDate } = request.query as Record<string, string | undefined>;
          const from = StartDate ? Date.parse(StartDate) : Number.NEGATIVE_INFINITY;
          const to = EndDate ? Date.parse(EndDate) : Number.POSITIVE_INFINITY;
          const found = kept(request)
            .filter((one) => (!LogLevel || one.logLevel === LogLevel) && one.generated >= from && one.generated <= to)
            .sort((a, b) => b.generated - a.generated)
            .map((one) => alertJson(request.account.sid, one));
          return { status: 200, json: v1Page(request, HOST, "alerts", found) };
        },
      },
      {
        method: "GET",
        path: "/v1/Alerts/{Sid}",
        handle: (request) => {
          const alert = kept(request).find((one) => one.sid === request.params.Sid);
          if (!alert) throw notFound(`The requested resource /v1/Alerts/${request.params.Sid}`);
          return { status: 200, json: alertJson(request.account.sid, alert) };
        },
      },
    ],
  };
};
