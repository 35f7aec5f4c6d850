import { listAlerts, pollNewAlerts, toTwilioAlert } from "../../../src/client/monitor/alerts";
import { initialPollState, type PollState } from "../../../src/client/polling/newItems";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { ACCOUNT_SID, authTokenConnection } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

const SID = `NO${"0".repeat(32)}`;

describe("toTwilioAlert", () => {
  it("reads Twilio's form-encoded alert text into the explanation and its details", () => {
    const alert = toTwilioAlert({
      sid: SID,
      error_code: "11200",
      alert_text: "Msg=HTTP+retrieval+failure&httpResponse=502&url=https%3A%2F%2Fexample.com%2Fsms",
      date_generated: "2026-11-20T16:00:00Z",
    });
    expect(alert).toMatchObject({
      errorCode: 11200,
      explanation: "HTTP retrieval failure",
      details: { Msg: "HTTP retrieval failure", httpResponse: "502", url: "https://example.com/sms" },
      moreInfo: "https://www.twilio.com/docs/errors/11200",
      dateGenerated: "2026-11-20T16:00:00.000Z",
      resourceSid: null,
      requestUrl: null,
    });
  });

  it("keeps a plain alert text as it is", () => {
    expect(toTwilioAlert({ sid: SID, alert_text: "Something went wrong = maybe" })).toMatchObject({
      explanation: "Something went wrong = maybe",
      details: { Msg: "Something went wrong = maybe" },
    });
  });

  it("reads a code that is not a number as none, and keeps Twilio's link", () => {
    expect(toTwilioAlert({ sid: SID, error_code: "not a code" })).toMatchObject({ errorCode: null, moreInfo: null });
    expect(toTwilioAlert({ sid: SID, error_code: null, more_info: "https://example.com/x" }).moreInfo).toBe("https://example.com/x");
  });

  it("reads empty strings of the resource fields as null", () => {
    expect(toTwilioAlert({ sid: SID, resource_sid: "", service_sid: "", request_method: "", request_url: "" })).toMatchObject({
      resourceSid: null,
      serviceSid: null,
      requestMethod: null,
      requestUrl: null,
    });
  });
});

/** Monitor v1 alerts on the sandbox (spec-checked). */
describe("listing and polling alerts", () => {
  const on = sandboxPerCase();
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const raise = async (fields: Record<string, unknown>) =>
    ((await on.sandbox.control("POST", "alerts", { AccountSid: ACCOUNT_SID, ...fields })) as { sid: string }).sid;

  it("lists by log level and dates as Twilio names them, bounded, and continues from the next page", async () => {
    for (const code of [11200, 30003, 30005]) await raise({ ErrorCode: code, LogLevel: "error", GeneratedSecondsAgo: 60 });
    await raise({ ErrorCode: 11200, LogLevel: "warning" });
    const startDate = new Date(Date.now() - 3_600_000);
    const first = await listAlerts(client(), { query: { logLevel: "error", startDate }, limit: 2 });
    const request = on.sandbox.requests[0];
    expect(request.path).toBe("/monitor/v1/Alerts");
    expect([request.query.get("LogLevel"), request.query.get("StartDate")]).toEqual(["error", startDate.toISOString()]);
    expect(first.alerts).toHaveLength(2);
    expect(first.hasMore).toBe(true);
    const rest = await listAlerts(client(), { query: {}, limit: 5, continueFrom: first.nextPageUri ?? "" });
    expect(rest.hasMore).toBe(false);
    expect([...first.alerts, ...rest.alerts].map((alert) => alert.errorCode).sort()).toEqual([11200, 30003, 30005]);
  });

  it("polls each new alert once, oldest first, from when Twilio generated it", async () => {
    let state: PollState = initialPollState(new Date(Date.now() - 1_000));
    const poll = async () => {
      const result = await pollNewAlerts(client(), state, {});
      state = result.state;
      return result.alerts.map((alert) => alert.sid);
    };
    await raise({ ErrorCode: 11200, GeneratedSecondsAgo: 3_600 });
    expect(await poll()).toEqual([]);
    const first = await raise({ ErrorCode: 30003 });
    await on.sandbox.clock.advance(1_000);
    const second = await raise({ ErrorCode: 30005 });
    expect(await poll()).toEqual([first, second]);
    expect(await poll()).toEqual([]);
  });
});
