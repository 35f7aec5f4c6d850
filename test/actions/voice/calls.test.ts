import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { type LoopbackServer, rfc2822, startLoopbackServer, twilioErrorBody } from "../../support/loopback";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";
import { CALLS_PATH, callBody, callSid } from "../../support/voiceReplies";

const CALL_SID = `CA${"0123456789abcdef".repeat(2)}`;
type Data = { data: Record<string, unknown> };
const run = (key: string, baseUrl: string, params: Record<string, unknown>) =>
  harness.action(key, { twilioConnection: authTokenConnection(baseUrl), ...params }) as Promise<Data>;

describe("calls on the sandbox, held to Twilio's official spec", () => {
  const COMPLETED_SID = `CA${"fedcba9876543210".repeat(2)}`;
  let twilio: TestSandbox;
  beforeEach(async () => {
    twilio = await startTestSandbox({ clock: { running: false } });
    // A call still in progress (to change) and one that has ended (to list).
    await twilio.control("POST", "calls/seed", { Sid: CALL_SID, Status: "in-progress", StartTime: twilio.clock.now() });
    await twilio.control("POST", "calls/seed", {
      Sid: COMPLETED_SID,
      To: "+15558675310",
      From: "+15017122661",
      StartTime: Date.UTC(2026, 10, 20, 15),
    });
  });
  afterEach(() => twilio.close());

  it("fetches a call", async () => {
    const { data } = await run("getCall", twilio.url, { sid: CALL_SID });
    expect(data.sid).toBe(CALL_SID);
  });

  it("lists calls with every filter", async () => {
    const { data } = await run("listCalls", twilio.url, {
      to: "+15558675310",
      from: "+15017122661",
      status: "completed",
      startedAfter: "2001-01-01T00:00:00Z",
      startedBefore: "2099-01-01T00:00:00Z",
      limit: "2",
    });
    expect((data.calls as Array<{ sid: string }>).map((call) => call.sid)).toEqual([COMPLETED_SID]);
  });

  it.each([
    ["hangs up", { change: "hangUp" }],
    ["cancels", { change: "cancel" }],
    ["redirects to a text", { change: "redirect", sayText: "Transferring you now" }],
    ["redirects to a URL", { change: "redirect", twimlUrl: "https://hooks.example.com/voice", twimlUrlMethod: "GET" }],
  ])("%s a call", async (_name, params) => {
    const { data } = await run("updateCall", twilio.url, { sid: CALL_SID, ...params });
    expect(data.sid).toBe(CALL_SID);
  });
});

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

describe("getCall and updateCall request details", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());
  beforeEach(async () => {
    server = await startLoopbackServer((request) => ({
      status: 200,
      json: callBody({ sid: CALL_SID, status: request.form.get("Status") }),
    }));
  });

  it.each([
    ["hangUp", {}, [["Status", "completed"]]],
    ["cancel", {}, [["Status", "canceled"]]],
    [
      "redirect",
      { twimlUrl: "https://hooks.example.com/next" },
      [
        ["Method", "POST"],
        ["Url", "https://hooks.example.com/next"],
      ],
    ],
    [
      "redirect",
      { sayText: "Bye & <thanks>" },
      [["Twiml", '<?xml version="1.0" encoding="UTF-8"?><Response><Say>Bye &amp; &lt;thanks&gt;</Say></Response>']],
    ],
  ])("sends %s as the fields Twilio documents", async (change, params, fields) => {
    await run("updateCall", server.url, { sid: CALL_SID, change, ...params });
    expect(server.requests[0].path).toBe(`${CALLS_PATH}/${CALL_SID}.json`);
    expect([...server.requests[0].form.entries()].sort()).toEqual(fields);
  });

  it("needs exactly one instruction to redirect to, and offers no TwiML App", async () => {
    const error = await failureOf(run("updateCall", server.url, { sid: CALL_SID, change: "redirect" }));
    expect(error.message).toContain("exactly one of Text to Say, Audio URL, TwiML, TwiML URL to say");
    expect(server.requests).toHaveLength(0);
  });

  it.each(["../Messages/SM0", `CA${"0".repeat(31)}`, `SM${"0".repeat(32)}`, ""])(
    "refuses the Call SID %p before it reaches a path",
    async (sid) => {
      const error = await failureOf(run("getCall", server.url, { sid }));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toContain('Input "Call SID": expected a SID: "CA" followed by 32 hexadecimal characters');
      expect(server.requests).toHaveLength(0);
    },
  );

  it("says what to fix when the call has ended already", async () => {
    await server.close();
    server = await startLoopbackServer(() => ({ status: 400, json: twilioErrorBody(21220, "Invalid call state", 400) }));
    const error = await failureOf(run("updateCall", server.url, { sid: CALL_SID, change: "cancel" }));
    expect(error.message).toContain("Twilio error 21220");
    expect(error.message).toContain("Get Call");
  });
});
