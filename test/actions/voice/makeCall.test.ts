import VoiceResponse from "twilio/lib/twiml/VoiceResponse";
import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, apiKeyConnection, authTokenConnection, failureOf, harness } from "../../support/harness";
import { sharedSandbox, type TestSandbox } from "../../support/sandbox";
import { CALLS_PATH } from "../../support/voiceReplies";
import { actionsPerCase } from "../support";

const makeCall = (baseUrl: string, params: Record<string, unknown>) =>
  harness.action("makeCall", {
    twilioConnection: authTokenConnection(baseUrl),
    to: "+15558675310",
    from: "+15017122661",
    ...params,
  }) as Promise<{ data: Record<string, unknown> }>;

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const shared = sharedSandbox({ clock: { running: true } });

describe("makeCall against Twilio's official spec", () => {
  it.each([
    ["a text to say", { sayText: "Hello", voice: "Polly.Joanna", language: "en-US" }],
    ["an audio URL", { audioUrl: "https://demo.twilio.com/docs/classic.mp3" }],
    ["a TwiML document", { twiml: "<Response><Say>Hi</Say></Response>" }],
    ["a TwiML URL", { twimlUrl: "https://hooks.example.com/voice", twimlUrlMethod: "GET" }],
    ["a TwiML App", { applicationSid: `AP${"0123456789abcdef".repeat(2)}` }],
  ])("places a call with %s", async (_name, params) => {
    const { data } = await makeCall(shared.sandbox.url, params);
    expect(data.sid).toMatch(/^CA[0-9a-f]{32}$/);
  });

  it("places a call with every option the spec allows, with the API Key connection", async () => {
    const { data } = (await harness.action("makeCall", {
      twilioConnection: apiKeyConnection(shared.sandbox.url),
      to: "sip:alice@example.com",
      from: "+15017122661",
      sayText: "Hello",
      statusCallback: "https://hooks.example.com/status",
      statusCallbackEvents: ["initiated", "answered"],
      record: "true",
      machineDetection: "DetectMessageEnd",
      ringTimeout: "30",
      sendDigits: "ww1234#",
      timeLimit: "600",
    })) as { data: Record<string, unknown> };
    expect(data.sid).toBeDefined();
  });
});

/** The calls the sandbox keeps: the calls Twilio would have placed. */
const placed = (sandbox: TestSandbox) => sandbox.inspect<{ calls: { sid: string }[] }>("calls", ACCOUNT_SID)?.calls ?? [];

describe("makeCall request details", () => {
  const on = actionsPerCase();

  it("sends exactly the form fields Twilio documents", async () => {
    await makeCall(on.sandbox.url, {
      to: "555 867 5310",
      defaultCountryCode: "+1",
      twimlUrl: "https://hooks.example.com/voice",
      statusCallback: "https://hooks.example.com/status",
      statusCallbackEvents: "ringing, completed",
      record: "true",
      machineDetection: "Enable",
      ringTimeout: "20",
      sendDigits: "1234#",
      timeLimit: "300",
    });
    expect(on.sandbox.requests).toHaveLength(1);
    const [request] = on.sandbox.requests;
    expect(request.method).toBe("POST");
    expect(request.path).toBe(`${CALLS_PATH}.json`);
    expect([...request.form.entries()].sort()).toEqual(
      [
        ["To", "+15558675310"],
        ["From", "+15017122661"],
        ["Url", "https://hooks.example.com/voice"],
        ["Method", "POST"],
        ["StatusCallback", "https://hooks.example.com/status"],
        ["StatusCallbackEvent", "ringing"],
        ["StatusCallbackEvent", "completed"],
        ["Record", "true"],
        ["MachineDetection", "Enable"],
        ["Timeout", "20"],
        ["SendDigits", "1234#"],
        ["TimeLimit", "300"],
      ].sort(),
    );
  });

  it("speaks hostile text as text: escaped exactly as twilio-node's VoiceResponse escapes it, never as markup", async () => {
    const hostile = `</Say><Dial>+19005550100</Dial><Say>Tom & "Jerry" <b>'s</b>`;
    await makeCall(on.sandbox.url, { sayText: hostile, voice: "Polly.Joanna", language: "en-GB" });
    const sent = on.sandbox.requests[0].form.get("Twiml") ?? "";
    const oracle = new VoiceResponse();
    oracle.say({ voice: "Polly.Joanna", language: "en-GB" }, hostile);
    expect(sent).toBe(oracle.toString());
    expect(sent).not.toContain("<Dial>");
    expect(sent).toContain('Tom &amp; "Jerry" &lt;b&gt;\'s&lt;/b&gt;');
  });

  it("plays an audio URL with its query string escaped", async () => {
    const url = "https://cdn.example.com/hold.mp3?a=1&b=<2>";
    await makeCall(on.sandbox.url, { audioUrl: url });
    const oracle = new VoiceResponse();
    oracle.play(url);
    expect(on.sandbox.requests[0].form.get("Twiml")).toBe(oracle.toString());
  });

  it("sends a TwiML document as written", async () => {
    const twiml = '<?xml version="1.0"?>\n<!-- greeting -->\n<Response><Say voice="alice">Tom &amp; Jerry</Say><Hangup/></Response>';
    await makeCall(on.sandbox.url, { twiml });
    expect(on.sandbox.requests[0].form.get("Twiml")).toBe(twiml);
  });

  it.each([
    ["an unclosed element", "<Response><Say>Hello</Response>", "</Response> closes <Say>"],
    ["another root element", "<Say>Hello</Say>", "TwiML must be a <Response> element"],
    ["a bare ampersand", "<Response><Say>Tom & Jerry</Say></Response>", '"&"'],
    ["a bare less-than", "<Response><Say>1 < 2</Say></Response>", '"<"'],
    ["an unquoted attribute", "<Response><Say voice=alice>Hi</Say></Response>", "not quoted"],
    ["a repeated attribute", '<Response><Say voice="a" voice="b">Hi</Say></Response>', "twice"],
    ["a DOCTYPE", '<!DOCTYPE Response [<!ENTITY a "b">]><Response/>', "DOCTYPE"],
    ["two root elements", "<Response/><Response/>", "more than one root"],
    ["text outside the root", "Hello <Response/>", "outside"],
    ["a control character", "<Response><Say>\u0001</Say></Response>", "U+0001"],
    ["plain text", "Say hello", "outside"],
    ["a document over 4000 characters", `<Response><Say>${"a".repeat(4000)}</Say></Response>`, "at most 4000"],
  ])("refuses a TwiML document with %s, naming the input, before any request", async (_name, twiml, reason) => {
    const error = await failureOf(makeCall(on.sandbox.url, { twiml }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "TwiML"');
    expect(error.message).toContain(reason);
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("refuses a text that would make TwiML longer than Twilio takes, naming the input", async () => {
    const error = await failureOf(makeCall(on.sandbox.url, { sayText: "&".repeat(900) }));
    expect(error.message).toContain('Input "Text to Say"');
    expect(error.message).toContain("at most 4000");
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it.each([
    ["nothing", {}, 'Input "Text to Say"', "an empty value"],
    [
      "two instructions",
      { sayText: "Hi", twimlUrl: "https://hooks.example.com/voice" },
      'Input "TwiML URL"',
      "Text to Say and TwiML URL set",
    ],
  ])("asks for exactly one instruction when given %s", async (_name, params, input, received) => {
    const error = await failureOf(makeCall(on.sandbox.url, params));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(input);
    expect(error.message).toContain("exactly one of Text to Say, Audio URL, TwiML, TwiML URL, TwiML App SID");
    expect(error.message).toContain(received);
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it.each([
    ["To", { to: "whatsapp:+15558675310" }],
    ["To", { to: "555 867 5310" }],
    ["From", { from: "Acme" }],
    ["Digits to Send", { sendDigits: "12a" }],
    ["Ring Timeout (seconds)", { ringTimeout: "601" }],
    ["Status Callback Events", { statusCallbackEvents: ["answered", "hungup"] }],
    ["Status Callback Events", { statusCallbackEvents: ["answered"] }],
    ["TwiML App SID", { applicationSid: "AP123" }],
  ])("refuses a wrong %s before any request", async (input, params) => {
    const error = await failureOf(makeCall(on.sandbox.url, { sayText: "Hi", ...params }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(`Input "${input}"`);
    expect(on.sandbox.requests).toHaveLength(0);
  });
});

describe("makeCall is placed at most once", () => {
  const on = actionsPerCase();

  it("does not place the call again after a 500: Twilio may have placed it", async () => {
    on.sandbox.faults.set([{ kind: "500-after", method: "POST", path: "/Calls\\.json$" }]);
    const error = await failureOf(makeCall(on.sandbox.url, { sayText: "Hi" }));
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toContain("HTTP 500");
    expect(on.sandbox.requests).toHaveLength(1);
    expect(placed(on.sandbox)).toHaveLength(1);
  });

  it("does not place the call again after a dropped connection", async () => {
    on.sandbox.faults.set([{ kind: "reset-after", method: "POST", path: "/Calls\\.json$" }]);
    const error = await failureOf(makeCall(on.sandbox.url, { sayText: "Hi" }));
    expect(error.message).toContain("ECONNRESET");
    expect(error.message).toContain("may or may not have been accepted");
    expect(on.sandbox.requests).toHaveLength(1);
    expect(placed(on.sandbox)).toHaveLength(1);
  });

  it("retries a 429, which Twilio did not process, and places the call once", async () => {
    on.sandbox.faults.set([{ kind: "429", method: "POST", path: "/Calls\\.json$", times: 1, retryAfter: 0 }]);
    const { data } = await makeCall(on.sandbox.url, { sayText: "Hi" });
    expect(placed(on.sandbox)).toEqual([expect.objectContaining({ sid: data.sid })]);
    expect(on.sandbox.requests).toHaveLength(2);
    expect(new Set(on.sandbox.requests.map((request) => request.rawBody)).size).toBe(1);
  });

  it("says what to fix for a To Twilio cannot call", async () => {
    // Twilio's test credentials answer a call to +15005550001 with 21217 (docs: IAM > Test Credentials).
    const test = { sid: `AC${"7".repeat(32)}`, authToken: "7".repeat(32), test: true };
    await on.sandbox.control("POST", "accounts", test);
    const error = await failureOf(
      harness.action("makeCall", {
        twilioConnection: authTokenConnection(on.sandbox.url, { username: test.sid, password: test.authToken }),
        to: "+15005550001",
        from: "+15005550006",
        sayText: "Hi",
      }),
    );
    expect(error.message).toContain("Twilio error 21217 (HTTP 400)");
    expect(error.message).toContain('Check the "To" input');
  });
});
