import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { type LoopbackServer, type RecordedRequest, startLoopbackServer } from "../../support/loopback";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

const MESSAGES_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`;

interface ListResult {
  messages: Array<{ sid: string; dateSent: string }>;
  nextPageUri: string | null;
  hasMore: boolean;
}

const listMessages = async (baseUrl: string, params: Record<string, unknown> = {}) =>
  ((await harness.action("listMessages", { twilioConnection: authTokenConnection(baseUrl), ...params })) as { data: ListResult }).data;

const sidFor = (index: number) => `SM${index.toString(16).padStart(32, "0")}`;

/**
 * A message history served the way Twilio pages it: newest first, PageSize per page, and a
 * next_page_uri carrying a PageToken that names the last SID served.
 */
function pagedHistory(total: number, sentAt: (index: number) => Date = (index) => new Date(Date.UTC(2026, 10, 20, 12, 0, total - index))) {
  const messages = Array.from({ length: total }, (_, index) => ({
    sid: sidFor(index),
    date_sent: sentAt(index).toUTCString(),
    status: "delivered",
  }));
  return (request: RecordedRequest) => {
    const pageSize = Number(request.query.get("PageSize") ?? 50);
    const token = request.query.get("PageToken");
    const start = token ? messages.findIndex((message) => `PA${message.sid}` === token) + 1 : 0;
    const page = messages.slice(start, start + pageSize);
    const last = page[page.length - 1];
    const hasMore = start + pageSize < messages.length;
    const pageNumber = Number(request.query.get("Page") ?? 0);
    return {
      status: 200,
      json: {
        messages: page,
        page: pageNumber,
        page_size: pageSize,
        uri: `${request.path}?${request.query}`,
        first_page_uri: `${MESSAGES_PATH}?PageSize=${pageSize}&Page=0`,
        next_page_uri: hasMore ? `${MESSAGES_PATH}?PageSize=${pageSize}&Page=${pageNumber + 1}&PageToken=PA${last.sid}` : null,
      },
    };
  };
}

describe("listMessages on the sandbox, held to Twilio's official spec", () => {
  let twilio: TestSandbox;
  beforeAll(async () => {
    twilio = await startTestSandbox();
    // Two messages sent on 2026-11-20 from the same number, one to another number the day before.
    for (const [sid, to, sentAt] of [
      [sidFor(1), "+15558675310", Date.UTC(2026, 10, 20, 12)],
      [sidFor(2), "+15558675310", Date.UTC(2026, 10, 20, 13)],
      [sidFor(3), "+15558675311", Date.UTC(2026, 10, 19, 12)],
    ] as const) {
      await twilio.control("POST", "messages/seed", { Sid: sid, To: to, From: "+15017122661", Body: "Hi", DateSent: sentAt });
    }
  });
  afterAll(() => twilio.close());

  it("lists with every filter the spec defines", async () => {
    const result = await listMessages(twilio.url, {
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
    const result = await listMessages(twilio.url, { limit: "1" });
    expect(result.messages).toHaveLength(1);
  });

  it("lists with the defaults", async () => {
    const result = await listMessages(twilio.url);
    expect(result.messages.length).toBeGreaterThan(0);
  });
});

describe("listMessages paging", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());

  it("stops at a limit that ends mid-page, and continues exactly after it with nothing lost", async () => {
    server = await startLoopbackServer(pagedHistory(20));
    const first = await listMessages(server.url, { limit: "7", pageSize: "3" });
    expect(first.messages.map((message) => message.sid)).toEqual([0, 1, 2, 3, 4, 5, 6].map(sidFor));
    expect(server.requests.map((request) => request.query.get("PageSize"))).toEqual(["3", "3", "1"]);
    expect(first.hasMore).toBe(true);

    const second = await listMessages(server.url, { limit: "7", pageSize: "3", continueFrom: first.nextPageUri });
    expect(second.messages.map((message) => message.sid)).toEqual([7, 8, 9, 10, 11, 12, 13].map(sidFor));

    const rest = await listMessages(server.url, { limit: "100", continueFrom: second.nextPageUri });
    expect(rest.messages.map((message) => message.sid)).toEqual([14, 15, 16, 17, 18, 19].map(sidFor));
    expect(rest).toMatchObject({ nextPageUri: null, hasMore: false });
  });

  it("reads a bounded number of pages when time filters drop every message, and says where to go on", async () => {
    server = await startLoopbackServer(pagedHistory(1000, () => new Date(Date.UTC(2026, 10, 19, 23, 0, 0))));
    const result = await listMessages(server.url, { limit: "10", pageSize: "5", dateSentAfter: "2026-11-20T00:00:00Z" });
    expect(result.messages).toHaveLength(0);
    expect(server.requests).toHaveLength(12);
    expect(result.hasMore).toBe(true);
  });

  it("asks for no more than the limit when the history is far larger", async () => {
    server = await startLoopbackServer(pagedHistory(5000));
    const result = await listMessages(server.url, { limit: "50" });
    expect(result.messages).toHaveLength(50);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].query.get("PageSize")).toBe("50");
  });

  it("sends the instants as twilio-node does and trims Twilio's whole-day matches to them", async () => {
    const base = Date.UTC(2026, 10, 20, 0, 0, 0);
    // Ten messages an hour apart from 09:00 down to 00:00 on 2026-11-20.
    server = await startLoopbackServer(pagedHistory(10, (index) => new Date(base + (9 - index) * 3600_000)));
    const result = await listMessages(server.url, { dateSentAfter: "2026-11-20T03:00:00Z", dateSentBefore: "2026-11-20T06:30:00Z" });
    expect(result.messages.map((message) => message.dateSent)).toEqual([
      "2026-11-20T06:00:00.000Z",
      "2026-11-20T05:00:00.000Z",
      "2026-11-20T04:00:00.000Z",
      "2026-11-20T03:00:00.000Z",
    ]);
    expect(server.requests[0].query.get("DateSent>")).toBe("2026-11-20T03:00:00Z");
    expect(server.requests[0].query.get("DateSent<")).toBe("2026-11-20T06:30:00Z");
  });

  it("sends To and From filters", async () => {
    server = await startLoopbackServer(pagedHistory(1));
    await listMessages(server.url, { to: "+1 555 867 5310", from: "898211", dateSent: "2026-11-20" });
    expect(server.requests[0].query.get("To")).toBe("+15558675310");
    expect(server.requests[0].query.get("From")).toBe("898211");
    expect(server.requests[0].query.get("DateSent")).toBe("2026-11-20T00:00:00Z");
  });

  it("refuses a continuation that points anywhere but this account's messages", async () => {
    server = await startLoopbackServer(pagedHistory(1));
    for (const continueFrom of [
      `/2010-04-01/Accounts/${ACCOUNT_SID}/Calls.json?PageSize=50`,
      `/2010-04-01/Accounts/AC${"f".repeat(32)}/Messages.json?PageSize=50`,
      `https://evil.example.com${MESSAGES_PATH}?PageSize=50`,
    ]) {
      const error = await failureOf(listMessages(server.url, { continueFrom }));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toMatch(/^Input "Continue From": expected the nextPageUri of an earlier List Messages result/);
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe("listMessages rejects bad input before any request", () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer(() => ({ status: 500, json: {} }));
  });
  afterAll(() => server.close());
  afterEach(() => expect(server.requests).toHaveLength(0));

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
    const error = await failureOf(listMessages(server.url, params));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
  });
});
