import type { MessageListResult } from "../../../src/client/messages/list";
import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { type LoopbackServer, type RecordedRequest, rfc2822, startLoopbackServer } from "../../support/loopback";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

const CUSTOMER = "+15558675310";
const OUR_NUMBER = "+15017122661";
const MESSAGES_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`;

const listConversation = async (baseUrl: string, params: Record<string, unknown>): Promise<MessageListResult> => {
  const { data } = (await harness.action("listMessages", {
    twilioConnection: authTokenConnection(baseUrl),
    ...params,
  })) as { data: MessageListResult };
  return data;
};

/** A tiny Twilio: each direction's messages, newest first, paged by PageSize with a PageToken offset. */
function conversationServer(byDirection: Record<string, { sid: string; sentAt: string | null }[]>) {
  return (request: RecordedRequest) => {
    const key = `${request.query.get("From")}>${request.query.get("To")}`;
    const all = byDirection[key] ?? [];
    const pageSize = Number(request.query.get("PageSize") ?? 50);
    const offset = Number(request.query.get("PageToken") ?? 0);
    const page = all.slice(offset, offset + pageSize);
    const [from, to] = key.split(">");
    const nextOffset = offset + pageSize;
    return {
      status: 200,
      json: {
        messages: page.map(({ sid, sentAt }) => ({
          sid,
          from,
          to,
          direction: from === CUSTOMER ? "inbound" : "outbound-api",
          date_sent: sentAt ? rfc2822(sentAt) : null,
          date_created: rfc2822(sentAt ?? "2026-11-21T00:00:00Z"),
        })),
        next_page_uri:
          nextOffset < all.length
            ? `${MESSAGES_PATH}?From=${encodeURIComponent(from)}&To=${encodeURIComponent(to)}&PageSize=${pageSize}&PageToken=${nextOffset}`
            : null,
      },
    };
  };
}

const sid = (n: number) => `SM${String(n).padStart(32, "0")}`;

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
let twilio: TestSandbox;
beforeAll(async () => {
  twilio = await startTestSandbox();
});
afterAll(() => twilio.close());

describe("listMessages conversation against Twilio's official spec", () => {
  it("asks for both directions in requests the spec accepts", async () => {
    const result = await listConversation(twilio.url, {
      to: CUSTOMER,
      conversationWith: OUR_NUMBER,
      limit: "10",
    });
    expect(Array.isArray(result.messages)).toBe(true);
    expect(result.nextPageUri).toBeNull();
  });
});

describe("listMessages conversation", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());

  it("merges both directions between the two numbers, newest first", async () => {
    server = await startLoopbackServer(
      conversationServer({
        [`${OUR_NUMBER}>${CUSTOMER}`]: [
          { sid: sid(5), sentAt: "2026-11-20T16:30:00Z" },
          { sid: sid(1), sentAt: "2026-11-20T16:00:00Z" },
        ],
        [`${CUSTOMER}>${OUR_NUMBER}`]: [
          { sid: sid(4), sentAt: "2026-11-20T16:20:00Z" },
          { sid: sid(2), sentAt: "2026-11-20T16:05:00Z" },
        ],
      }),
    );

    const result = await listConversation(server.url, {
      from: OUR_NUMBER,
      conversationWith: CUSTOMER,
    });

    expect(result.messages.map((message) => message.sid)).toEqual([sid(5), sid(4), sid(2), sid(1)]);
    expect(result).toEqual(expect.objectContaining({ nextPageUri: null, hasMore: false }));
    const queried = server.requests.map((request) => `${request.query.get("From")}>${request.query.get("To")}`).sort();
    expect(queried).toEqual([`${OUR_NUMBER}>${CUSTOMER}`, `${CUSTOMER}>${OUR_NUMBER}`].sort());
  });

  it("respects the limit across both directions and says there is more", async () => {
    const outgoing = Array.from({ length: 5 }, (_, index) => ({
      sid: sid(100 + index),
      sentAt: `2026-11-20T1${5 - index}:00:00Z`,
    }));
    const incoming = Array.from({ length: 5 }, (_, index) => ({
      sid: sid(200 + index),
      sentAt: `2026-11-20T1${5 - index}:30:00Z`,
    }));
    server = await startLoopbackServer(
      conversationServer({
        [`${OUR_NUMBER}>${CUSTOMER}`]: outgoing,
        [`${CUSTOMER}>${OUR_NUMBER}`]: incoming,
      }),
    );

    const result = await listConversation(server.url, {
      to: CUSTOMER,
      conversationWith: OUR_NUMBER,
      limit: "3",
    });

    expect(result.messages.map((message) => message.sid)).toEqual([sid(200), sid(100), sid(201)]);
    expect(result.hasMore).toBe(true);
    // Bounded: each direction is asked for no more than the limit.
    for (const request of server.requests) expect(Number(request.query.get("PageSize"))).toBeLessThanOrEqual(3);
  });

  it("puts messages not sent yet (queued, scheduled) first, as Twilio does", async () => {
    server = await startLoopbackServer(
      conversationServer({
        [`${OUR_NUMBER}>${CUSTOMER}`]: [{ sid: sid(9), sentAt: null }],
        [`${CUSTOMER}>${OUR_NUMBER}`]: [{ sid: sid(8), sentAt: "2026-11-20T16:20:00Z" }],
      }),
    );

    const result = await listConversation(server.url, {
      to: CUSTOMER,
      conversationWith: OUR_NUMBER,
    });

    expect(result.messages.map((message) => message.sid)).toEqual([sid(9), sid(8)]);
  });

  it("applies the date filters to both directions", async () => {
    server = await startLoopbackServer(conversationServer({}));

    await listConversation(server.url, {
      to: CUSTOMER,
      conversationWith: OUR_NUMBER,
      dateSent: "2026-11-20",
    });

    expect(server.requests.map((request) => request.query.get("DateSent"))).toEqual(["2026-11-20T00:00:00Z", "2026-11-20T00:00:00Z"]);
  });

  it("keeps the one-way listing when Conversation With is empty", async () => {
    server = await startLoopbackServer(
      conversationServer({
        [`${OUR_NUMBER}>${CUSTOMER}`]: [{ sid: sid(1), sentAt: "2026-11-20T16:00:00Z" }],
      }),
    );

    const result = await listConversation(server.url, {
      from: OUR_NUMBER,
      to: CUSTOMER,
    });

    expect(server.requests).toHaveLength(1);
    expect(result.messages.map((message) => message.sid)).toEqual([sid(1)]);
  });

  it.each([
    ["neither To nor From", { conversationWith: OUR_NUMBER }, /Input "Conversation With": expected To or From set as well/],
    [
      "both To and From",
      { to: CUSTOMER, from: OUR_NUMBER, conversationWith: OUR_NUMBER },
      /Input "Conversation With": expected only one of To or From/,
    ],
    [
      "Continue From",
      {
        to: CUSTOMER,
        conversationWith: OUR_NUMBER,
        continueFrom: `${MESSAGES_PATH}?PageToken=PA`,
      },
      /Input "Continue From": expected to be empty when Conversation With is set/,
    ],
    [
      "a Messaging Service",
      { to: CUSTOMER, conversationWith: `MG${"a".repeat(32)}` },
      /Input "Conversation With": expected a phone number/,
    ],
  ])("rejects %s before any request", async (_name, params, message) => {
    server = await startLoopbackServer(() => ({ status: 500 }));

    const error = await failureOf(listConversation(server.url, params));

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });
});
