import { InputError } from "../../../src/client/transport/errors";
import { authTokenConnection, failureOf, harness } from "../../support/harness";
import { sandboxPerCase, startTestSandbox } from "../../support/sandbox";
import { CALLS_PATH } from "../../support/voiceReplies";

const CALL_SID = `CA${"0123456789abcdef".repeat(2)}`;
type Data = { data: Record<string, unknown> };
const run = (key: string, baseUrl: string, params: Record<string, unknown>) =>
  harness.action(key, { twilioConnection: authTokenConnection(baseUrl), ...params }) as Promise<Data>;

describe("calls on the sandbox, held to Twilio's official spec", () => {
  const COMPLETED_SID = `CA${"fedcba9876543210".repeat(2)}`;
  const on = sandboxPerCase({ clock: { running: false } });
  beforeEach(async () => {
    // A call still in progress (to change) and one that has ended (to list).
    await on.sandbox.control("POST", "calls/seed", { Sid: CALL_SID, Status: "in-progress", StartTime: on.sandbox.clock.now() });
    await on.sandbox.control("POST", "calls/seed", {
      Sid: COMPLETED_SID,
      To: "+15558675310",
      From: "+15017122661",
      StartTime: Date.UTC(2026, 10, 20, 15),
    });
  });

  it("fetches a call", async () => {
    const { data } = await run("getCall", on.sandbox.url, { sid: CALL_SID });
    expect(data.sid).toBe(CALL_SID);
  });

  it("lists calls with every filter", async () => {
    const { data } = await run("listCalls", on.sandbox.url, {
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
    const { data } = await run("updateCall", on.sandbox.url, { sid: CALL_SID, ...params });
    expect(data.sid).toBe(CALL_SID);
  });
});

describe("getCall and updateCall request details", () => {
  const on = sandboxPerCase();
  beforeEach(async () => {
    await on.sandbox.control("POST", "calls/seed", { Sid: CALL_SID, Status: "in-progress", StartTime: on.sandbox.clock.now() });
    on.sandbox.requests.length = 0;
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
    await run("updateCall", on.sandbox.url, { sid: CALL_SID, change, ...params });
    expect(on.sandbox.requests[0].path).toBe(`${CALLS_PATH}/${CALL_SID}.json`);
    expect(on.sandbox.requests[0].status).toBe(200);
    expect([...on.sandbox.requests[0].form.entries()].sort()).toEqual(fields);
  });

  it("needs exactly one instruction to redirect to, and offers no TwiML App", async () => {
    const error = await failureOf(run("updateCall", on.sandbox.url, { sid: CALL_SID, change: "redirect" }));
    expect(error.message).toContain("exactly one of Text to Say, Audio URL, TwiML, TwiML URL to say");
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it.each(["../Messages/SM0", `CA${"0".repeat(31)}`, `SM${"0".repeat(32)}`, ""])(
    "refuses the Call SID %p before it reaches a path",
    async (sid) => {
      const error = await failureOf(run("getCall", on.sandbox.url, { sid }));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toContain('Input "Call SID": expected a SID: "CA" followed by 32 hexadecimal characters');
      expect(on.sandbox.requests).toHaveLength(0);
    },
  );

  it("says what to fix when the call has ended already", async () => {
    await run("updateCall", on.sandbox.url, { sid: CALL_SID, change: "hangUp" });
    const error = await failureOf(run("updateCall", on.sandbox.url, { sid: CALL_SID, change: "cancel" }));
    expect(error.message).toContain("Twilio error 21220");
    expect(error.message).toContain("Get Call");
  });
});

describe("the client's own checks speak Twilio's terms", () => {
  it("refuses a Call SID that is not one before any request, naming Twilio's parameter; the input names its label", async () => {
    const twilio = await startTestSandbox({ clock: { running: false }, tickMs: 0 });
    try {
      const { getTwilioClient } = await import("../../../src/client/twilioClient");
      const { fetchCall } = await import("../../../src/client/voice/calls");
      const fromClient = await failureOf(fetchCall(getTwilioClient(authTokenConnection(twilio.url)), "CA../../Messages"));
      expect(fromClient).toBeInstanceOf(InputError);
      expect(fromClient.message).toMatch(/^Input "CallSid": expected/);
      const fromInput = await failureOf(run("getCall", twilio.url, { sid: "CA../../Messages" }));
      expect(fromInput.message).toMatch(/^Input "Call SID": expected/);
      expect(twilio.requests).toHaveLength(0);
    } finally {
      await twilio.close();
    }
  });
});
