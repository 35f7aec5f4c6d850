import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { type LoopbackServer, rfc2822, startLoopbackServer, twilioErrorBody } from "../../support/loopback";
import { CALLS_PATH, callBody, callSid } from "../../support/voiceReplies";

type Data = { data: Record<string, unknown> };
const run = (key: string, baseUrl: string, params: Record<string, unknown>) =>
  harness.action(key, { twilioConnection: authTokenConnection(baseUrl), ...params }) as Promise<Data>;

describe("listCalls over several pages", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());
  const start = Date.UTC(2026, 10, 20, 16, 0, 0);

  /** Seven calls a minute apart, newest first, two a page whatever PageSize asks for; pages continue after the SID in PageToken. */
  beforeEach(async () => {
    const calls = Array.from({ length: 7 }, (_, i) => callBody({ sid: callSid(7 - i), start_time: rfc2822(start + (6 - i) * 60_000) }));
    server = await startLoopbackServer((request) => {
      if (request.path !== `${CALLS_PATH}.json`) return { status: 404, json: twilioErrorBody(20404, "Not found", 404) };
      const after = request.query.get("PageToken");
      const from = after ? calls.findIndex((call) => call.sid === after) + 1 : 0;
      const size = Math.min(Number(request.query.get("PageSize")), 2);
      const page = calls.slice(from, from + size);
      const next = new URLSearchParams(request.query);
      next.set("PageToken", page.at(-1)?.sid ?? "");
      return {
        status: 200,
        json: { calls: page, next_page_uri: from + size < calls.length ? `${CALLS_PATH}.json?${next}` : null, page: 0, page_size: size },
      };
    });
  });

  it("stops at the limit and continues from where it stopped, with bounded page sizes", async () => {
    const first = await run("listCalls", server.url, { limit: "5" });
    const sids = (first.data.calls as { sid: string }[]).map((call) => call.sid);
    expect(sids).toEqual([7, 6, 5, 4, 3].map(callSid));
    expect(first.data.hasMore).toBe(true);
    expect(server.requests.map((request) => request.query.get("PageSize"))).toEqual(["5", "3", "1"]);
    const rest = await run("listCalls", server.url, { limit: "10", continueFrom: first.data.nextPageUri });
    expect((rest.data.calls as { sid: string }[]).map((call) => call.sid)).toEqual([2, 1].map(callSid));
    expect(rest.data).toMatchObject({ nextPageUri: null, hasMore: false });
  });

  it("trims Twilio's whole-day StartTime filters to the instants asked for", async () => {
    const { data } = await run("listCalls", server.url, {
      startedAfter: new Date(start + 2 * 60_000).toISOString(),
      startedBefore: new Date(start + 5 * 60_000).toISOString(),
    });
    expect((data.calls as { sid: string }[]).map((call) => call.sid)).toEqual([5, 4, 3].map(callSid));
    expect(server.requests[0].query.get("StartTime>")).toBe("2026-11-20T16:02:00Z");
  });

  it.each([
    `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json?PageToken=x`,
    `/2010-04-01/Accounts/AC${"f".repeat(32)}/Calls.json?PageToken=x`,
    "https://evil.example.com/2010-04-01/Calls.json",
  ])("refuses to continue from %s, naming the input", async (continueFrom) => {
    const error = await failureOf(run("listCalls", server.url, { continueFrom }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Continue From"');
    expect(server.requests).toHaveLength(0);
  });
});
