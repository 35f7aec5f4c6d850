import { type PollSchedule, type ReplyResult, waitForReply } from "../../../src/client/messages/replies";
import { InputError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { toDurationMs } from "../../../src/inputs/replies";
import { useFakeClock } from "../../support/fakeClock";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { type ListedMessage, sharedSandbox } from "../../support/sandbox";
import { actionsPerCase } from "../support";

const CUSTOMER = "+15558675310";
const OUR_NUMBER = "+15017122661";
const MESSAGES_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`;
const FAST_SCHEDULE: PollSchedule = {
  initialIntervalMs: 20,
  maxIntervalMs: 80,
  growthFactor: 2,
  maxPolls: 50,
};

const sid = (n: number) => `SM${String(n).padStart(32, "0")}`;

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const shared = sharedSandbox({ clock: { running: true } });

describe("waitForReply against Twilio's official spec", () => {
  useFakeClock();
  it("polls with a query the spec accepts and returns 'no reply' (not an error) when the time is up", async () => {
    const started = Date.now();
    const { data } = (await harness.action("waitForReply", {
      twilioConnection: authTokenConnection(shared.sandbox.url),
      from: CUSTOMER,
      to: OUR_NUMBER,
      timeout: "1s",
    })) as { data: ReplyResult };

    expect(data).toEqual(expect.objectContaining({ replied: false, message: null }));
    expect(data.polls).toBeGreaterThanOrEqual(2);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("waitForReply", () => {
  useFakeClock();
  const on = actionsPerCase();
  /** Keeps messages in the sandbox's log as if sent (or received) at `sentAt`. */
  const keep = (...messages: (Omit<ListedMessage, "sentAt" | "to" | "body"> & { sentAt: Date; to?: string; body?: string })[]) => {
    for (const message of messages) {
      on.sandbox.addMessage({ to: OUR_NUMBER, body: "ok", ...message, sentAt: message.sentAt.getTime() });
    }
  };

  it("returns the first inbound message from the number since the start, skipping older and outgoing ones", async () => {
    const since = new Date("2026-11-20T16:04:31Z");
    keep(
      { sid: sid(1), from: CUSTOMER, direction: "inbound", sentAt: new Date("2026-11-20T15:00:00Z"), body: "earlier today" },
      { sid: sid(2), from: CUSTOMER, direction: "inbound", sentAt: new Date("2026-11-20T16:09:02Z"), body: "Yes, after 5pm" },
      { sid: sid(3), from: OUR_NUMBER, to: CUSTOMER, direction: "outbound-api", sentAt: new Date("2026-11-20T16:10:00Z") },
      { sid: sid(4), from: CUSTOMER, direction: "inbound", sentAt: new Date("2026-11-20T16:20:00Z"), body: "second" },
    );

    const { data } = (await harness.action("waitForReply", {
      twilioConnection: authTokenConnection(on.sandbox.url),
      from: "555 867 5310",
      defaultCountryCode: "+1",
      to: OUR_NUMBER,
      since: since.toISOString(),
      timeout: "30s",
    })) as { data: ReplyResult };

    expect(data.replied).toBe(true);
    expect(data.polls).toBe(1);
    expect(data.message).toEqual(
      expect.objectContaining({
        sid: sid(2),
        body: "Yes, after 5pm",
        direction: "inbound",
        dateSent: "2026-11-20T16:09:02.000Z",
      }),
    );
    const [request] = on.sandbox.requests;
    expect(request.path).toBe(MESSAGES_PATH);
    expect(request.query.get("From")).toBe(CUSTOMER);
    expect(request.query.get("To")).toBe(OUR_NUMBER);
    expect(request.query.get("DateSent>")).toBe("2026-11-20T16:04:31Z");
  });

  it("keeps polling, less and less often, until the reply arrives", async () => {
    const since = new Date();
    const requestTimes: number[] = [];
    // The fault chooser sees each poll as it arrives: the time is noted, and the customer replies just before the fourth is answered.
    on.sandbox.faults.use(() => {
      requestTimes.push(Date.now());
      if (requestTimes.length === 4) keep({ sid: sid(9), from: CUSTOMER, direction: "inbound", sentAt: new Date() });
      return undefined;
    });

    const result = await waitForReply(
      getTwilioClient(authTokenConnection(on.sandbox.url)),
      { from: CUSTOMER, since, timeoutMs: 5_000 },
      FAST_SCHEDULE,
    );

    expect(result).toEqual(expect.objectContaining({ replied: true, polls: 4 }));
    expect(result.message?.sid).toBe(sid(9));
    const gaps = requestTimes.slice(1).map((time, index) => time - requestTimes[index]);
    expect(gaps[0]).toBeGreaterThanOrEqual(FAST_SCHEDULE.initialIntervalMs - 5);
    expect(gaps[2]).toBeGreaterThanOrEqual(FAST_SCHEDULE.maxIntervalMs - 5);
  });

  it("reads back past a busy first page to find the earliest reply since the start", async () => {
    const since = new Date("2026-11-20T16:00:00Z");
    const minute = (n: number) => new Date(since.getTime() + n * 60_000);
    // 150 inbound messages, one a minute, newest first: more than the 100 a page of polling holds.
    keep(
      ...Array.from({ length: 150 }, (_, index) => ({
        sid: sid(index),
        from: CUSTOMER,
        direction: "inbound" as const,
        sentAt: minute(150 - index),
      })),
    );

    const result = await waitForReply(
      getTwilioClient(authTokenConnection(on.sandbox.url)),
      { from: CUSTOMER, since, timeoutMs: 1_000 },
      FAST_SCHEDULE,
    );

    expect(result.message).toEqual(expect.objectContaining({ sid: sid(149), dateSent: minute(1).toISOString() }));
    expect(on.sandbox.requests).toHaveLength(2);
    expect(on.sandbox.requests[0].query.get("PageSize")).toBe("100");
  });

  it("stops at the timeout with a 'no reply' result and a bounded number of requests", async () => {
    const result = await waitForReply(
      getTwilioClient(authTokenConnection(on.sandbox.url)),
      { from: CUSTOMER, since: new Date(), timeoutMs: 1_000 },
      { ...FAST_SCHEDULE, maxPolls: 1_000 },
    );

    expect(result).toEqual(expect.objectContaining({ replied: false, message: null }));
    // Waits of 20, 40, 80, 80 ms ... then one last poll at the deadline: at most 15 polls in 1 s, fewer when requests are slow.
    expect(on.sandbox.requests.length).toBeGreaterThanOrEqual(3);
    expect(on.sandbox.requests.length).toBeLessThanOrEqual(15);
  });

  it("never sends more than maxPolls requests, whatever the timeout", async () => {
    const result = await waitForReply(
      getTwilioClient(authTokenConnection(on.sandbox.url)),
      { from: CUSTOMER, since: new Date(), timeoutMs: 60_000 },
      { initialIntervalMs: 1, maxIntervalMs: 1, growthFactor: 1, maxPolls: 5 },
    );

    expect(result.replied).toBe(false);
    expect(on.sandbox.requests).toHaveLength(5);
  });

  it.each([
    ["a timeout it cannot read", { timeout: "soon" }, /Input "Timeout": expected a duration such as 30s, 10m, 1h/],
    ["a timeout over an hour", { timeout: "2h" }, /Input "Timeout"/],
    ["a national number without Default Country Code", { from: "555 867 5310" }, /Input "Reply From": .*Default Country Code/],
    ["a start time that is no date", { since: "yesterday" }, /Input "Since": expected an ISO 8601 date/],
  ])("rejects %s before any request", async (_name, params, message) => {
    const error = await failureOf(
      harness.action("waitForReply", {
        twilioConnection: authTokenConnection(on.sandbox.url),
        from: CUSTOMER,
        ...params,
      }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
    expect(on.sandbox.requests).toHaveLength(0);
  });
});

describe("Timeout durations", () => {
  it.each([
    ["30s", 30_000],
    ["10m", 600_000],
    ["1h", 3_600_000],
    ["1m30s", 90_000],
    ["45", 45_000],
    [" 2M ", 120_000],
  ])("reads %j as %d ms", (text, ms) => {
    expect(toDurationMs("Timeout", text)).toBe(ms);
  });

  it.each(["0s", "1d", "", "10 minutes", "61m"])("rejects %j", (text) => {
    expect(() => toDurationMs("Timeout", text)).toThrow(InputError);
  });
});
