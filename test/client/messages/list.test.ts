import { listMessages } from "../../../src/client/messages/list";
import { InputError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection, failureOf } from "../../support/harness";
import { messageSid, sandboxPerCase } from "../../support/sandbox";

const US = "+15017122661";
const JANE = "+15558675310";
const JOE = "+15558675311";
const DAY = Date.UTC(2026, 10, 20);
const HOUR = 3_600_000;

/** listMessages against the sandbox's message log (2010-04-01, spec-checked), messages seeded at known times. */
describe("listMessages", () => {
  const on = sandboxPerCase({ clock: { running: false, startAt: DAY + 20 * HOUR }, tickMs: 0 });
  beforeEach(async () => {
    let n = 0;
    const add = (from: string, to: string, body: string, hour: number) =>
      on.sandbox.addMessage({
        sid: messageSid(++n),
        direction: from === US ? "outbound-api" : "inbound",
        from,
        to,
        body,
        sentAt: DAY + hour * HOUR,
      });
    add(US, JANE, "Your order has shipped.", 9);
    add(JANE, US, "Thanks!", 10);
    add(US, JOE, "Hello Joe", 11);
    add(US, JANE, "It is out for delivery.", 12);
    add(JANE, US, "Got it", 13);
  });
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const bodies = (result: { messages: Record<string, unknown>[] }) => result.messages.map((message) => message.body);

  it("reads at most the limit, newest first, and continues from the next page", async () => {
    const first = await listMessages(client(), { query: {}, limit: 2, pageSize: 2 });
    expect(bodies(first)).toEqual(["Got it", "It is out for delivery."]);
    expect(first.hasMore).toBe(true);
    const rest = await listMessages(client(), { query: {}, limit: 10, continueFrom: first.nextPageUri ?? "" });
    expect(bodies(rest)).toEqual(["Hello Joe", "Thanks!", "Your order has shipped."]);
    expect(rest).toMatchObject({ hasMore: false, nextPageUri: null });
  });

  it("filters by To and From, and trims Twilio's whole-day date filters to the instants asked for", async () => {
    expect(bodies(await listMessages(client(), { query: { to: JANE }, limit: 10 }))).toEqual([
      "It is out for delivery.",
      "Your order has shipped.",
    ]);
    const window = { sentAfter: new Date(DAY + 10 * HOUR), sentBefore: new Date(DAY + 12 * HOUR) };
    expect(bodies(await listMessages(client(), { query: window, limit: 10 }))).toEqual(["Hello Joe", "Thanks!"]);
    const request = on.sandbox.requests.at(-1);
    expect([request?.query.get("DateSent>"), request?.query.get("DateSent<")]).toEqual(["2026-11-20T10:00:00Z", "2026-11-20T12:00:00Z"]);
  });

  it("reads a conversation both ways, merged newest first", async () => {
    const conversation = await listMessages(client(), { query: { to: JANE }, conversationWith: US, limit: 3 });
    expect(bodies(conversation)).toEqual(["Got it", "It is out for delivery.", "Thanks!"]);
    expect(conversation).toMatchObject({ nextPageUri: null, hasMore: true });
  });

  it("refuses a conversation without exactly one of To and From, or with a next_page_uri, before any request", async () => {
    const checks: [Parameters<typeof listMessages>[1], RegExp][] = [
      [
        { query: {}, conversationWith: US, limit: 5 },
        /^Input "To": expected exactly one of To and From: the conversation is between that number and /,
      ],
      [
        { query: { to: JANE, from: JOE }, conversationWith: US, limit: 5 },
        /^Input "To": expected exactly one of To and From: the conversation is between that number and /,
      ],
      [
        { query: { to: JANE }, conversationWith: US, limit: 5, continueFrom: "/2010-04-01/x" },
        /^Input "next_page_uri": expected none: a conversation is two lists/,
      ],
    ];
    for (const [request, message] of checks) {
      const error = await failureOf(listMessages(client(), request));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toMatch(message);
    }
    expect(on.sandbox.requests).toEqual([]);
  });
});
