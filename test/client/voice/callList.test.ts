import { getTwilioClient } from "../../../src/client/twilioClient";
import { listCalls, recentCallChoices } from "../../../src/client/voice/callList";
import { ACCOUNT_SID, authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

const DAY = Date.UTC(2026, 10, 20);
const HOUR = 3_600_000;
const JANE = "+15558675310";
const JOE = "+15558675311";

/** listCalls and the call picker against the sandbox's call log (2010-04-01, spec-checked), calls seeded at known times. */
describe("call lists", () => {
  const on = sandboxPerCase({ clock: { running: false, startAt: DAY + 20 * HOUR }, tickMs: 0 });
  beforeEach(async () => {
    const seed = (to: string, hour: number, status = "completed") =>
      on.sandbox.control("POST", "calls/seed", { AccountSid: ACCOUNT_SID, To: to, Status: status, StartTime: DAY + hour * HOUR });
    await seed(JANE, 9);
    await seed(JOE, 10, "no-answer");
    await seed(JANE, 11);
    await seed(JOE, 12);
  });
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const hours = (result: { calls: { startTime?: unknown }[] }) =>
    result.calls.map((call) => new Date(String(call.startTime)).getUTCHours());

  it("reads at most the limit, newest first, and continues from the next page", async () => {
    const first = await listCalls(client(), { query: {}, limit: 3, pageSize: 2 });
    expect(hours(first)).toEqual([12, 11, 10]);
    expect(first.hasMore).toBe(true);
    const rest = await listCalls(client(), { query: {}, limit: 3, continueFrom: first.nextPageUri ?? "" });
    expect(hours(rest)).toEqual([9]);
    expect(rest.hasMore).toBe(false);
  });

  it("filters by To and status, and trims Twilio's whole-day start filters to the instants", async () => {
    expect(hours(await listCalls(client(), { query: { to: JANE }, limit: 10 }))).toEqual([11, 9]);
    expect(hours(await listCalls(client(), { query: { status: "no-answer" }, limit: 10 }))).toEqual([10]);
    const window = { startedAfter: new Date(DAY + 10 * HOUR), startedBefore: new Date(DAY + 12 * HOUR) };
    expect(hours(await listCalls(client(), { query: window, limit: 10 }))).toEqual([11, 10]);
  });

  it("refuses a next_page_uri of another list before any request", async () => {
    const error = await failureOf(
      listCalls(client(), { query: {}, limit: 5, continueFrom: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json?Page=1` }),
    );
    expect(error.message).toContain('Input "next_page_uri"');
    expect(on.sandbox.requests).toEqual([]);
  });

  it("labels recent calls with when, who, status and duration", async () => {
    const choices = await recentCallChoices(client());
    expect(choices).toHaveLength(4);
    expect(choices[0].key).toMatch(/^CA/);
    expect(choices.map((choice) => choice.label)).toContainEqual(
      expect.stringMatching(/^2026-11-20 10:00 · \+15017122661 → \+15558675311 · no-answer/),
    );
    expect(choices.map((choice) => choice.label)).toContainEqual(
      expect.stringMatching(/^2026-11-20 09:00 · \+15017122661 → \+15558675310 · completed, \d+ s$/),
    );
  });
});
