import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { sharedSandbox, startTestSandbox, type TestSandbox } from "../../support/sandbox";
import { actionsPerCase } from "../support";

const MESSAGES_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`;

interface ListResult {
  messages: Array<{ sid: string; dateSent: string }>;
  nextPageUri: string | null;
  hasMore: boolean;
}

const listMessages = async (baseUrl: string, params: Record<string, unknown> = {}) =>
  ((await harness.action("listMessages", { twilioConnection: authTokenConnection(baseUrl), ...params })) as { data: ListResult }).data;

const sidFor = (index: number) => `SM${index.toString(16).padStart(32, "0")}`;

describe("listMessages on the sandbox, held to Twilio's official spec", () => {
  const on = sharedSandbox({ clock: { running: true } });
  beforeAll(async () => {
    // Two messages sent on 2026-11-20 from the same number, one to another number the day before.
    for (const [sid, to, sentAt] of [
      [sidFor(1), "+15558675310", Date.UTC(2026, 10, 20, 12)],
      [sidFor(2), "+15558675310", Date.UTC(2026, 10, 20, 13)],
      [sidFor(3), "+15558675311", Date.UTC(2026, 10, 19, 12)],
    ] as const) {
      await on.sandbox.control("POST", "messages/seed", { Sid: sid, To: to, From: "+15017122661", Body: "Hi", DateSent: sentAt });
    }
  });

  it("lists with every filter the spec defines", async () => {
    const result = await listMessages(on.sandbox.url, {
      to: "+15558675310",
      from: "+15017122661",
      dateSent: "2026-11-20",
      dateSentBefore: "2026-11-21T00:00:00Z",
      dateSentAfter: "2026-11-19T00:00:00Z",
      limit: "20",
      pageSize: "10",
    });
    expect(result.messages.map((message) => message.sid)).toEqual([sidFor(2), sidFor(1)]);
  });

  it("keeps to the limit", async () => {
    const result = await listMessages(on.sandbox.url, { limit: "1" });
    expect(result.messages).toHaveLength(1);
  });

  it("lists with the defaults", async () => {
    const result = await listMessages(on.sandbox.url);
    expect(result.messages.length).toBeGreaterThan(0);
  });
});

/**
 * A sandbox whose clock stands at `now`, with `count` delivered messages one every `secondsApart`
 * before it (the newest a second before `now`), older than anything else: paged as Twilio pages them.
 */
async function historyOf(count: number, { now = Date.UTC(2026, 10, 20, 12, 0, 30), secondsApart = 1 } = {}): Promise<TestSandbox> {
  const twilio = await startTestSandbox({ clock: { running: false, startAt: now }, tickMs: 0 });
  await twilio.control("POST", "messages/history", { AccountSid: ACCOUNT_SID, Count: count, SecondsApart: secondsApart });
  return twilio;
}

/** The SID of the history's message at this place, newest first (sandbox/products/messageHistory.ts). */
const historySid = (index: number) => sidFor(index + 1);

describe("listMessages paging", () => {
  let twilio: TestSandbox;
  afterEach(() => twilio?.close());

  it("stops at a limit that ends mid-page, and continues exactly after it with nothing lost", async () => {
    twilio = await historyOf(20);
    const first = await listMessages(twilio.url, { limit: "7", pageSize: "3" });
    expect(first.messages.map((message) => message.sid)).toEqual([0, 1, 2, 3, 4, 5, 6].map(historySid));
    expect(twilio.requests.map((request) => request.query.get("PageSize"))).toEqual(["3", "3", "1"]);
    expect(first.hasMore).toBe(true);

    const second = await listMessages(twilio.url, { limit: "7", pageSize: "3", continueFrom: first.nextPageUri });
    expect(second.messages.map((message) => message.sid)).toEqual([7, 8, 9, 10, 11, 12, 13].map(historySid));

    const rest = await listMessages(twilio.url, { limit: "100", continueFrom: second.nextPageUri });
    expect(rest.messages.map((message) => message.sid)).toEqual([14, 15, 16, 17, 18, 19].map(historySid));
    expect(rest).toMatchObject({ nextPageUri: null, hasMore: false });
  });

  it("reads a bounded number of pages when time filters drop every message, and says where to go on", async () => {
    // Twilio matches DateSent> by whole day: all 1000 messages, sent that morning before 12:00, come back and are trimmed.
    twilio = await historyOf(1000, { now: Date.UTC(2026, 10, 20, 11, 0, 0) });
    const result = await listMessages(twilio.url, { limit: "10", pageSize: "5", dateSentAfter: "2026-11-20T12:00:00Z" });
    expect(result.messages).toHaveLength(0);
    expect(twilio.requests).toHaveLength(12);
    expect(result.hasMore).toBe(true);
  });

  it("asks for no more than the limit when the history is far larger", async () => {
    twilio = await historyOf(5000);
    const result = await listMessages(twilio.url, { limit: "50" });
    expect(result.messages).toHaveLength(50);
    expect(twilio.requests).toHaveLength(1);
    expect(twilio.requests[0].query.get("PageSize")).toBe("50");
  });

  it("sends the instants as twilio-node does and trims Twilio's whole-day matches to them", async () => {
    // Ten messages an hour apart from 09:00 down to 00:00 on 2026-11-20.
    twilio = await historyOf(10, { now: Date.UTC(2026, 10, 20, 9, 0, 1), secondsApart: 3600 });
    const result = await listMessages(twilio.url, { dateSentAfter: "2026-11-20T03:00:00Z", dateSentBefore: "2026-11-20T06:30:00Z" });
    expect(result.messages.map((message) => message.dateSent)).toEqual([
      "2026-11-20T06:00:00.000Z",
      "2026-11-20T05:00:00.000Z",
      "2026-11-20T04:00:00.000Z",
      "2026-11-20T03:00:00.000Z",
    ]);
    expect(twilio.requests[0].query.get("DateSent>")).toBe("2026-11-20T03:00:00Z");
    expect(twilio.requests[0].query.get("DateSent<")).toBe("2026-11-20T06:30:00Z");
  });

  it("sends To and From filters", async () => {
    twilio = await historyOf(1);
    await listMessages(twilio.url, { to: "+1 555 867 5310", from: "898211", dateSent: "2026-11-20" });
    expect(twilio.requests[0].query.get("To")).toBe("+15558675310");
    expect(twilio.requests[0].query.get("From")).toBe("898211");
    expect(twilio.requests[0].query.get("DateSent")).toBe("2026-11-20T00:00:00Z");
  });

  it("refuses a continuation that points anywhere but this account's messages", async () => {
    twilio = await historyOf(1);
    for (const continueFrom of [
      `/2010-04-01/Accounts/${ACCOUNT_SID}/Calls.json?PageSize=50`,
      `/2010-04-01/Accounts/AC${"f".repeat(32)}/Messages.json?PageSize=50`,
      `https://evil.example.com${MESSAGES_PATH}?PageSize=50`,
    ]) {
      const error = await failureOf(listMessages(twilio.url, { continueFrom }));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toMatch(/^Input "Continue From": expected the nextPageUri of an earlier List Messages result/);
    }
    expect(twilio.requests).toHaveLength(0);
  });
});

describe("listMessages rejects bad input before any request", () => {
  const on = actionsPerCase();
  afterEach(() => expect(on.sandbox.requests).toHaveLength(0));

  it.each([
    ["a limit of 0", { limit: "0" }, /Input "Limit": expected a whole number from 1 to 10000, got "0"/],
    ["a limit over the cap", { limit: "10001" }, /Input "Limit": expected a whole number from 1 to 10000/],
    ["a fractional limit", { limit: "2.5" }, /Input "Limit"/],
    ["a page size over Twilio's maximum", { pageSize: "1001" }, /Input "Page Size": expected a whole number from 1 to 1000/],
    ["a To filter without country code", { to: "5558675310" }, /Input "To": expected a phone number in E.164 format/],
    [
      "a From filter that is a Messaging Service",
      { from: `MG${"0".repeat(32)}` },
      /Input "From": expected a phone number, short code or sender ID/,
    ],
    ["a day that is not a date", { dateSent: "20/11/2026" }, /Input "Date Sent On": expected a date such as 2026-12-01/],
    ["a Sent Before that is not a time", { dateSentBefore: "yesterday" }, /Input "Sent Before": expected an ISO 8601 date and time/],
    ["a Sent After that is not a time", { dateSentAfter: "2026-13-45T00:00:00Z" }, /Input "Sent After"/],
  ])("rejects %s", async (_name, params, message) => {
    const error = await failureOf(on.run("listMessages", params));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
  });
});
