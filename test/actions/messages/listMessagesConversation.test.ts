import type { MessageListResult } from "../../../src/client/messages/list";
import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { sharedSandbox } from "../../support/sandbox";
import { actionsPerCase } from "../support";

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

const sid = (n: number) => `SM${String(n).padStart(32, "0")}`;

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const shared = sharedSandbox({ clock: { running: true } });

describe("listMessages conversation against Twilio's official spec", () => {
  it("asks for both directions in requests the spec accepts", async () => {
    const result = await listConversation(shared.sandbox.url, {
      to: CUSTOMER,
      conversationWith: OUR_NUMBER,
      limit: "10",
    });
    expect(Array.isArray(result.messages)).toBe(true);
    expect(result.nextPageUri).toBeNull();
  });
});

describe("listMessages conversation", () => {
  const on = actionsPerCase();
  /** Keeps each direction's messages in the sandbox's log: "From>To" to messages, sent at an ISO time or not sent yet (null). */
  const seedConversation = async (byDirection: Record<string, { sid: string; sentAt: string | null }[]>) => {
    for (const [key, messages] of Object.entries(byDirection)) {
      const [from, to] = key.split(">");
      for (const message of messages) {
        await on.sandbox.control("POST", "messages/seed", {
          Sid: message.sid,
          From: from,
          To: to,
          Body: "Hi",
          Direction: from === CUSTOMER ? "inbound" : "outbound-api",
          DateSent: message.sentAt === null ? null : Date.parse(message.sentAt),
        });
      }
    }
  };

  it("merges both directions between the two numbers, newest first", async () => {
    await seedConversation({
      [`${OUR_NUMBER}>${CUSTOMER}`]: [
        { sid: sid(5), sentAt: "2026-11-20T16:30:00Z" },
        { sid: sid(1), sentAt: "2026-11-20T16:00:00Z" },
      ],
      [`${CUSTOMER}>${OUR_NUMBER}`]: [
        { sid: sid(4), sentAt: "2026-11-20T16:20:00Z" },
        { sid: sid(2), sentAt: "2026-11-20T16:05:00Z" },
      ],
    });

    const result = await listConversation(on.sandbox.url, {
      from: OUR_NUMBER,
      conversationWith: CUSTOMER,
    });

    expect(result.messages.map((message) => message.sid)).toEqual([sid(5), sid(4), sid(2), sid(1)]);
    expect(result).toEqual(expect.objectContaining({ nextPageUri: null, hasMore: false }));
    const queried = on.sandbox.requests.map((request) => `${request.query.get("From")}>${request.query.get("To")}`).sort();
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
    await seedConversation({
      [`${OUR_NUMBER}>${CUSTOMER}`]: outgoing,
      [`${CUSTOMER}>${OUR_NUMBER}`]: incoming,
    });

    const result = await listConversation(on.sandbox.url, {
      to: CUSTOMER,
      conversationWith: OUR_NUMBER,
      limit: "3",
    });

    expect(result.messages.map((message) => message.sid)).toEqual([sid(200), sid(100), sid(201)]);
    expect(result.hasMore).toBe(true);
    // Bounded: each direction is asked for no more than the limit.
    for (const request of on.sandbox.requests) expect(Number(request.query.get("PageSize"))).toBeLessThanOrEqual(3);
  });

  it("puts messages not sent yet (queued, scheduled) first, as Twilio does", async () => {
    await seedConversation({
      [`${OUR_NUMBER}>${CUSTOMER}`]: [{ sid: sid(9), sentAt: null }],
      [`${CUSTOMER}>${OUR_NUMBER}`]: [{ sid: sid(8), sentAt: "2026-11-20T16:20:00Z" }],
    });

    const result = await listConversation(on.sandbox.url, {
      to: CUSTOMER,
      conversationWith: OUR_NUMBER,
    });

    expect(result.messages.map((message) => message.sid)).toEqual([sid(9), sid(8)]);
  });

  it("applies the date filters to both directions", async () => {
    await listConversation(on.sandbox.url, {
      to: CUSTOMER,
      conversationWith: OUR_NUMBER,
      dateSent: "2026-11-20",
    });

    expect(on.sandbox.requests.map((request) => request.query.get("DateSent"))).toEqual(["2026-11-20T00:00:00Z", "2026-11-20T00:00:00Z"]);
  });

  it("keeps the one-way listing when Conversation With is empty", async () => {
    await seedConversation({
      [`${OUR_NUMBER}>${CUSTOMER}`]: [{ sid: sid(1), sentAt: "2026-11-20T16:00:00Z" }],
    });

    const result = await listConversation(on.sandbox.url, {
      from: OUR_NUMBER,
      to: CUSTOMER,
    });

    expect(on.sandbox.requests).toHaveLength(1);
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
    const error = await failureOf(listConversation(on.sandbox.url, params));

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
