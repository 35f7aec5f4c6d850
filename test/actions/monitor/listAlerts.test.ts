import { InputError } from "../../../src/client/transport/errors";
import { FIXES_BY_CODE } from "../../../src/errors/fixes";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

type Data = Record<string, unknown>;
type Alerts = { alerts: Data[]; nextPageUri: string | null; hasMore: boolean };

describe("listAlerts on the sandbox", () => {
  const now = Date.UTC(2026, 10, 20, 16, 0, 0);
  const on = sandboxPerCase({ clock: { running: false, startAt: now }, tickMs: 0 });
  const run = async (inputs: Data) =>
    ((await harness.action("listAlerts", { twilioConnection: authTokenConnection(on.sandbox.url), ...inputs })) as { data: Alerts }).data;
  const raise = (alert: Data) => on.sandbox.control("POST", "alerts", { AccountSid: ACCOUNT_SID, ...alert });

  it("lists alerts newest first with Twilio's code, its explanation, the component's fix and the resource concerned", async () => {
    await raise({
      ErrorCode: "30003",
      LogLevel: "error",
      ResourceSid: `SM${"1".repeat(32)}`,
      AlertText: "Msg=Unreachable+destination+handset",
      GeneratedSecondsAgo: 120,
    });
    await raise({ ErrorCode: "11200", LogLevel: "warning", RequestUrl: "https://hooks.example.com/sms", GeneratedSecondsAgo: 60 });
    const { alerts } = await run({});
    expect(alerts.map((alert) => alert.errorCode)).toEqual([11200, 30003]);
    expect(alerts[1]).toMatchObject({
      logLevel: "error",
      explanation: "Unreachable destination handset",
      fix: FIXES_BY_CODE[30003],
      resourceSid: `SM${"1".repeat(32)}`,
      moreInfo: "https://www.twilio.com/docs/errors/30003",
    });
    expect(alerts[0]).toMatchObject({ requestUrl: "https://hooks.example.com/sms", fix: FIXES_BY_CODE[11200] });
  });

  it("filters by log level and date range, and pages with Continue From", async () => {
    for (let minutes = 1; minutes <= 5; minutes++) await raise({ ErrorCode: "30005", GeneratedSecondsAgo: minutes * 60 });
    await raise({ ErrorCode: "11200", LogLevel: "warning", GeneratedSecondsAgo: 30 });
    const errors = await run({ logLevel: "error", startDate: new Date(now - 4.5 * 60_000).toISOString(), limit: "2" });
    expect(errors.alerts.map((alert) => alert.errorCode)).toEqual([30005, 30005]);
    expect(errors.hasMore).toBe(true);
    const rest = await run({ continueFrom: errors.nextPageUri, limit: "2" });
    expect(rest.alerts).toHaveLength(2);
    expect(rest.hasMore).toBe(false);
    expect(on.sandbox.requests[0].query.get("LogLevel")).toBe("error");
  });

  it("refuses a log level Twilio's debugger does not filter on, and a continuation of another list", async () => {
    expect(await failureOf(run({ logLevel: "fatal" }))).toBeInstanceOf(InputError);
    const error = await failureOf(run({ continueFrom: "https://monitor.twilio.com/v1/Events?Page=1" }));
    expect(error.message).toContain(
      'Input "Continue From": expected the nextPageUri of an earlier List Alerts result (starting with /v1/Alerts?)',
    );
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
