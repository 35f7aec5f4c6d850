import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { useFakeClock, useInstantWaits } from "../../support/fakeClock";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, failureOf, harness, recordingLogger } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer } from "../../support/loopback";
import { sharedSandbox } from "../../support/sandbox";

const rawRequest = (baseUrl: string, params: Record<string, unknown>, context = {}) =>
  harness.action("rawRequest", { twilioConnection: authTokenConnection(baseUrl), method: "GET", ...params }, context);

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const on = sharedSandbox({ clock: { running: true } });

describe("rawRequest", () => {
  // The retries' waits (the default backoff's random delays) return at once: what these cases count is requests.
  useInstantWaits();
  let server: LoopbackServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  // Each case counts only its own requests and sets its own faults.
  beforeEach(() => on.sandbox.reset());
  const MESSAGE_FORM = new URLSearchParams({ To: "+15558675310", From: "+15017122661", Body: "Hi" }).toString();

  it("reads a path relative to /2010-04-01 from the contract server, with every default applied", async () => {
    const { data } = (await rawRequest(on.sandbox.url, {
      url: `/Accounts/${ACCOUNT_SID}/Messages.json`,
      queryParams: [{ key: "PageSize", value: "20" }],
    })) as {
      data: { messages: unknown[] };
    };
    expect(Array.isArray(data.messages)).toBe(true);
  });

  it("posts form data Twilio accepts", async () => {
    const { data } = (await rawRequest(on.sandbox.url, {
      url: `/Accounts/${ACCOUNT_SID}/Messages.json`,
      method: "POST",
      data: MESSAGE_FORM,
    })) as { data: { sid: string } };
    expect(data.sid).toMatch(/^SM/);
  });

  it("reads Calls from the contract server with {AccountSid} standing for the connection's Account SID", async () => {
    const { data } = (await rawRequest(on.sandbox.url, { url: "/Accounts/{AccountSid}/Calls.json" })) as { data: { calls: unknown[] } };
    expect(Array.isArray(data.calls)).toBe(true);
  });

  it("keeps the contract server's reason when it refuses a request", async () => {
    const error = await failureOf(rawRequest(on.sandbox.url, { url: "/Accounts/AC.../Messages.json" }));
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toMatch(/^Twilio error 20001 \(HTTP 400\): Invalid request: Request path parameter AccountSid /);
  });

  it("sends an absolute Twilio URL to the connection's Base URL, other hosts under their prefix", async () => {
    await rawRequest(on.sandbox.url, { url: "https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Calls.json" });
    await rawRequest(on.sandbox.url, { url: "https://messaging.twilio.com/v1/Services" });
    expect(on.sandbox.requests.map((request) => request.path)).toEqual([
      `/2010-04-01/Accounts/${ACCOUNT_SID}/Calls.json`,
      "/messaging/v1/Services",
    ]);
  });

  it("accepts a path that already starts with the API version, and sends the connection's credentials and headers", async () => {
    await rawRequest(on.sandbox.url, { url: `/2010-04-01/Accounts/${ACCOUNT_SID}.json`, headers: [{ key: "X-Trace", value: "abc" }] });
    expect(on.sandbox.requests[0].path).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}.json`);
    expect(on.sandbox.requests[0].headers.authorization).toBe(`Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}`);
    expect(on.sandbox.requests[0].headers["x-trace"]).toBe("abc");
  });

  it("returns text and binary responses as asked", async () => {
    const calls = "/Accounts/{AccountSid}/Calls.json";
    const text = (await rawRequest(on.sandbox.url, { url: calls, responseType: "text" })) as { data: string };
    expect(JSON.parse(text.data)).toMatchObject({ calls: [], uri: expect.stringContaining(ACCOUNT_SID) });
    const binary = (await rawRequest(on.sandbox.url, { url: calls, responseType: "binary" })) as { data: Buffer };
    expect(Buffer.from(binary.data).toString()).toBe(text.data);
  });

  it("turns a non-2xx answer into an error carrying Twilio's code and message, without the credentials", async () => {
    // An Account SID the sandbox does not know, with the harness's token: Twilio's 20003.
    const stranger = `AC${"9".repeat(32)}`;
    const error = (await failureOf(
      harness.action("rawRequest", {
        twilioConnection: authTokenConnection(on.sandbox.url, { username: stranger }),
        method: "GET",
        url: "/Accounts.json",
      }),
    )) as TwilioApiError;
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toMatch(/^Twilio error 20003 \(HTTP 401\): Authenticate Check the connection/);
    expect(JSON.stringify(error)).not.toContain(AUTH_TOKEN);
    expect(JSON.stringify(error)).not.toContain(Buffer.from(`${stranger}:${AUTH_TOKEN}`).toString("base64"));
  });

  it("retries a GET on 5xx when asked, with the default delay", async () => {
    on.sandbox.faults.set([{ kind: "500-before", method: "GET", times: 2 }]);
    const { data } = (await rawRequest(on.sandbox.url, { url: "/Accounts.json", maxRetries: "2" })) as { data: { accounts: unknown[] } };
    expect(Array.isArray(data.accounts)).toBe(true);
    expect(on.sandbox.requests).toHaveLength(3);
  });

  it("retries with exponential backoff and no delay set without crashing", async () => {
    on.sandbox.faults.set([{ kind: "500-before", method: "GET", times: 1 }]);
    await rawRequest(on.sandbox.url, { url: "/Accounts.json", maxRetries: "1", useExponentialBackoff: "true" });
    expect(on.sandbox.requests).toHaveLength(2);
  });

  it("does not resend a POST whose connection dropped: Twilio may have accepted it", async () => {
    on.sandbox.faults.set([{ kind: "reset-after", method: "POST" }]);
    await failureOf(
      rawRequest(on.sandbox.url, { url: "/Accounts/{AccountSid}/Messages.json", method: "POST", data: MESSAGE_FORM, maxRetries: "3" }),
    );
    expect(on.sandbox.requests).toHaveLength(1);
    expect(on.sandbox.created).toHaveLength(1);
  });

  it("retries a GET whose connection dropped", async () => {
    on.sandbox.faults.set([{ kind: "reset-before", method: "GET", times: 1 }]);
    const { data } = (await rawRequest(on.sandbox.url, { url: "/Accounts.json", maxRetries: "2" })) as { data: { accounts: unknown[] } };
    expect(Array.isArray(data.accounts)).toBe(true);
    expect(on.sandbox.requests).toHaveLength(2);
  });

  it("never retries a POST unless told to retry on all errors", async () => {
    on.sandbox.faults.set([{ kind: "500-before", method: "POST" }]);
    await failureOf(
      rawRequest(on.sandbox.url, { url: "/Accounts/{AccountSid}/Messages.json", method: "POST", data: MESSAGE_FORM, maxRetries: "3" }),
    );
    expect(on.sandbox.requests).toHaveLength(1);
  });

  it("never retries a DELETE answered with 5xx: Twilio may have acted on it", async () => {
    on.sandbox.faults.set([{ kind: "500-after", method: "DELETE" }]);
    const { data } = (await rawRequest(on.sandbox.url, {
      url: "/Accounts/{AccountSid}/Messages.json",
      method: "POST",
      data: MESSAGE_FORM,
    })) as {
      data: { sid: string };
    };
    await failureOf(
      rawRequest(on.sandbox.url, {
        url: `/Accounts/{AccountSid}/Messages/${data.sid}.json`,
        method: "DELETE",
        maxRetries: "3",
        retryAllErrors: "true",
      }),
    );
    expect(on.sandbox.requests.filter((request) => request.method === "DELETE").map((request) => request.status)).toEqual([500]);
  });

  // Scripted: no Twilio route the sandbox serves takes PUT or PATCH, so only a scripted host can answer them with a 5xx.
  it.each(["PUT", "PATCH"])("never retries a %s answered with 5xx: Twilio may have acted on it", async (method) => {
    server = await startLoopbackServer(() => ({ status: 503, json: {} }));
    await failureOf(rawRequest(server.url, { url: "/Accounts.json", method, maxRetries: "3", retryAllErrors: "true" }));
    expect(server.requests).toHaveLength(1);
  });

  it("logs method, URL and status when debugging, and never a credential", async () => {
    const { lines, logger } = recordingLogger();
    const consoleLines: string[] = [];
    const spy = jest.spyOn(console, "log").mockImplementation((...parts) => void consoleLines.push(parts.join(" ")));
    try {
      await rawRequest(on.sandbox.url, { url: "/Accounts.json", debugRequest: "true" }, { logger });
    } finally {
      spy.mockRestore();
    }
    expect(lines.join("\n")).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/2010-04-01\/Accounts\.json answered 200/);
    const everything = [...lines, ...consoleLines].join("\n");
    expect(everything).not.toContain(AUTH_TOKEN);
    expect(everything).not.toContain(Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64"));
  });

  it.each([
    ["a host that is not Twilio", "https://example.com/steal"],
    ["a look-alike host", "https://api.twilio.com.evil.example/x"],
    ["plain http to Twilio", "http://api.twilio.com/2010-04-01/Accounts.json"],
    ["credentials in the URL", "https://user:pass@api.twilio.com/2010-04-01/Accounts.json"],
    ["a relative path without a slash", "Accounts.json"],
  ])("refuses %s before sending credentials anywhere", async (_name, url) => {
    const error = await failureOf(rawRequest(on.sandbox.url, { url }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /^Input "URL": expected a path such as \/Accounts\/AC\.\.\.\/Calls\.json, or an https URL on a Twilio API host/,
    );
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("refuses a body given both as data and as form data", async () => {
    const error = await failureOf(
      rawRequest(on.sandbox.url, { url: "/Accounts.json", method: "POST", data: "A=1", formData: [{ key: "B", value: "2" }] }),
    );
    expect(error.message).toBe("Cannot specify both Data and File/Form Data.");
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it.each([
    ["an empty URL", { url: "" }, /Input "URL"/],
    ["an unknown response type", { url: "/Accounts.json", responseType: "xml" }, /Input "Response Type": expected json, text or binary/],
    [
      "a negative retry count",
      { url: "/Accounts.json", maxRetries: "-1" },
      /Input "Max Retry Count": expected a whole number from 0 to 10/,
    ],
    ["a retry delay that is not a number", { url: "/Accounts.json", retryDelayMS: "soon" }, /Input "Retry Delay \(ms\)"/],
    ["a zero timeout", { url: "/Accounts.json", timeout: "0" }, /Input "Timeout": expected a whole number from 1 to 600000/],
    [
      "a backoff flag that is not a boolean",
      { url: "/Accounts.json", useExponentialBackoff: "maybe" },
      /Input "Use Exponential Backoff": expected true or false/,
    ],
    [
      "a retry-all flag that is not a boolean",
      { url: "/Accounts.json", retryAllErrors: "always" },
      /Input "Retry On All Errors": expected true or false/,
    ],
    [
      "a debug flag that is not a boolean",
      { url: "/Accounts.json", debugRequest: "loud" },
      /Input "Debug Request": expected true or false/,
    ],
    [
      "a method HTTP does not have",
      { url: "/Accounts.json", method: "FETCH" },
      /Input "Method": expected GET, POST, DELETE, PUT, PATCH, HEAD, OPTIONS, got "FETCH"/,
    ],
    ["no method", { url: "/Accounts.json", method: "" }, /Input "Method"/],
  ])("rejects %s", async (_name, params, message) => {
    const error = await failureOf(rawRequest(on.sandbox.url, params));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
    expect(on.sandbox.requests).toHaveLength(0);
  });
});

describe("rawRequest retries by the client's rules, on the sandbox's faults", () => {
  useFakeClock();
  const MESSAGES = `/Accounts/${ACCOUNT_SID}/Messages.json`;
  const requestsTo = (method: string) =>
    on.sandbox.requests.filter((request) => request.method === method && /Messages\.json$/.test(request.path));
  let before: { posts: number; gets: number; created: number };
  beforeEach(() => {
    before = { posts: requestsTo("POST").length, gets: requestsTo("GET").length, created: on.sandbox.created.length };
  });
  afterEach(() => on.sandbox.faults.set([]));

  it.each(["500-after", "reset-after", "no-answer"] as const)(
    "never repeats a POST answered with %s after Twilio did the work, whatever Max Retry Count says",
    async (kind) => {
      on.sandbox.faults.set([{ kind, method: "POST", path: "Messages\\.json$", times: 1 }]);
      const send = rawRequest(on.sandbox.url, {
        url: MESSAGES,
        method: "POST",
        data: new URLSearchParams({ To: "+15558675310", From: "+15017122661", Body: `Once ${kind}` }).toString(),
        maxRetries: "3",
        retryAllErrors: "true",
        // What no answer costs: long enough for the sandbox to create the message first, many times over.
        timeout: "400",
      });
      await failureOf(send);
      expect(requestsTo("POST").length - before.posts).toBe(1);
      expect(on.sandbox.created.length - before.created).toBe(1);
    },
  );

  it("retries a POST Twilio refused with a 429 before doing anything, after its Retry-After, and sends it once", async () => {
    on.sandbox.faults.set([{ kind: "429", method: "POST", path: "Messages\\.json$", times: 1, retryAfter: 1 }]);
    const { data } = (await rawRequest(on.sandbox.url, {
      url: MESSAGES,
      method: "POST",
      data: new URLSearchParams({ To: "+15558675310", From: "+15017122661", Body: "After the 429" }).toString(),
      maxRetries: "2",
    })) as { data: { sid: string } };
    expect(data.sid).toMatch(/^SM/);
    expect(requestsTo("POST").length - before.posts).toBe(2);
    expect(on.sandbox.created.length - before.created).toBe(1);
  });

  it.each(["500-after", "reset-after", "500-before", "reset-before", "429"] as const)("retries a GET answered with %s", async (kind) => {
    on.sandbox.faults.set([{ kind, method: "GET", path: "Messages\\.json$", times: 1, retryAfter: 1 }]);
    const { data } = (await rawRequest(on.sandbox.url, { url: MESSAGES, maxRetries: "1" })) as { data: { messages: unknown[] } };
    expect(Array.isArray(data.messages)).toBe(true);
    expect(requestsTo("GET").length - before.gets).toBe(2);
  });

  it("does not retry a GET with Max Retry Count at 0, its default", async () => {
    on.sandbox.faults.set([{ kind: "500-before", method: "GET", path: "Messages\\.json$", times: 1 }]);
    const error = await failureOf(rawRequest(on.sandbox.url, { url: MESSAGES }));
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(requestsTo("GET").length - before.gets).toBe(1);
  });
});
