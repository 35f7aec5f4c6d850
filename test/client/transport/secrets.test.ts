import { NationalNumberError } from "../../../src/client/identifiers/phoneNumbers";
import { MayHaveBeenSentError } from "../../../src/client/messages/messages";
import { MayHaveBeenBoughtError } from "../../../src/client/numbers/purchase";
import { ContinuationError } from "../../../src/client/transport/errors";
import { rememberSecret } from "../../../src/client/transport/secrets";
import { useFakeClock } from "../../support/fakeClock";
import {
  ACCOUNT_SID,
  API_KEY,
  API_SECRET,
  AUTH_TOKEN,
  apiKeyConnection,
  authTokenConnection,
  failureOf,
  harness,
  MESSAGE_SID,
  recordingLogger,
} from "../../support/harness";
import { type LoopbackServer, startLoopbackServer, twilioErrorBody } from "../../support/loopback";
import { sharedSandbox } from "../../support/sandbox";

const SECRETS = [
  AUTH_TOKEN,
  API_SECRET,
  Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64"),
  Buffer.from(`${API_KEY}:${API_SECRET}`).toString("base64"),
];

/** Everything a run leaves behind: the step's logger, anything printed to the console, errors and outputs. */
async function everythingPrintedBy(run: (logger: ReturnType<typeof recordingLogger>["logger"]) => Promise<unknown>): Promise<string> {
  const { lines, logger } = recordingLogger();
  const printed: string[] = [];
  const spies = (["log", "info", "warn", "error", "debug", "trace"] as const).map((method) =>
    jest.spyOn(console, method).mockImplementation((...parts: unknown[]) => void printed.push(parts.map(String).join(" "))),
  );
  let outcome: unknown;
  try {
    outcome = await run(logger);
  } catch (error) {
    const { message, stack, ...fields } = error as Error;
    outcome = { message, stack, fields };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return [...lines, ...printed, JSON.stringify(outcome)].join("\n");
}

describe("credentials never appear in logs, errors or outputs", () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    // Scripted: echoes the request's Authorization header back, as a misbehaving proxy might; the sandbox never echoes a secret.
    server = await startLoopbackServer((request) =>
      request.method === "POST"
        ? { status: 400, json: twilioErrorBody(21211, `Invalid 'To' (auth was ${request.headers.authorization})`, 400) }
        : { status: 401, json: twilioErrorBody(20003, `Authenticate ${request.headers.authorization}`, 401) },
    );
  });
  afterAll(() => server.close());

  it.each([
    ["a failed send with an Auth Token", authTokenConnection],
    ["a failed send with an API key", apiKeyConnection],
  ])("%s", async (_name, connection) => {
    const text = await everythingPrintedBy((logger) =>
      harness.action(
        "sendSMS",
        { twilioConnection: connection(server.url), to: "+15558675310", from: "+15017122661", message: "Hi" },
        { logger },
      ),
    );
    expect(text).toContain("21211");
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  it("a failed fetch, list and raw request with debugging on", async () => {
    const runs = [
      (logger: never) => harness.action("getSMS", { twilioConnection: authTokenConnection(server.url), sid: MESSAGE_SID }, { logger }),
      (logger: never) => harness.action("listMessages", { twilioConnection: authTokenConnection(server.url) }, { logger }),
      (logger: never) =>
        harness.action(
          "rawRequest",
          { twilioConnection: apiKeyConnection(server.url), url: "/Accounts.json", method: "GET", debugRequest: "true" },
          { logger },
        ),
    ];
    for (const run of runs) {
      const text = await everythingPrintedBy(run as never);
      expect(text).toContain("20003");
      for (const secret of SECRETS) expect(text).not.toContain(secret);
    }
  });

  it("a connection error", async () => {
    const error = await failureOf(
      harness.action("getSMS", { twilioConnection: apiKeyConnection(server.url, { apiKey: "SK-not-a-key" }), sid: MESSAGE_SID }),
    );
    expect(error.message).toMatch(/API Key SID/);
    expect(JSON.stringify(error)).not.toContain(API_SECRET);
  });
});

describe("secrets are scrubbed in every form and every field", () => {
  useFakeClock();
  /** A secret with characters that URL encoding changes, so its encoded form differs from it. */
  const TOKEN_WITH_SYMBOLS = "tok+en/with=sym&bols-0123456789";
  const connection = (url: string) => authTokenConnection(url, { password: TOKEN_WITH_SYMBOLS });
  const forms = {
    plain: TOKEN_WITH_SYMBOLS,
    "URL-encoded": encodeURIComponent(TOKEN_WITH_SYMBOLS),
    "base64 of sid:secret": Buffer.from(`${ACCOUNT_SID}:${TOKEN_WITH_SYMBOLS}`).toString("base64"),
  };
  let server: LoopbackServer | undefined;
  const on = sharedSandbox({ tickMs: 0 });
  beforeEach(() => {
    on.sandbox.requests.length = 0;
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it.each(Object.entries(forms))("in the message and in more_info when Twilio echoes the %s form", async (_form, echoed) => {
    // Scripted: an error that echoes a secret, which the sandbox never words.
    server = await startLoopbackServer(() => ({
      status: 400,
      json: {
        code: 21211,
        message: `Invalid 'To' (${echoed})`,
        more_info: `https://www.twilio.com/docs/errors/21211?echo=${echoed}`,
        status: 400,
      },
    }));
    const error = (await failureOf(
      harness.action("sendSMS", { twilioConnection: connection(server.url), to: "+15558675310", from: "+15017122661", message: "Hi" }),
    )) as Error & { details: Record<string, unknown> };
    const everything = JSON.stringify({ message: error.message, details: error.details, stack: error.stack });
    expect(everything).toContain("[redacted]");
    for (const form of Object.values(forms)) expect(everything).not.toContain(form);
  });

  it("in an input error that echoes a secret pasted into the wrong input", async () => {
    // The sandbox refuses the token it does not know (401), as Twilio would.
    await harness.action("testConnection", { twilioConnection: connection(on.sandbox.url) }).catch(() => undefined);
    const error = await failureOf(
      harness.action("sendSMS", { twilioConnection: connection(on.sandbox.url), to: TOKEN_WITH_SYMBOLS, message: "Hi" }),
    );
    expect(error.message).toMatch(/^Input "To"/);
    expect(error.message).not.toContain(TOKEN_WITH_SYMBOLS);
    expect(on.sandbox.requests.filter((request) => request.method === "POST")).toHaveLength(0);
  });

  it("in every field of the client's refusals, serialized as run logs may serialize them", () => {
    rememberSecret(TOKEN_WITH_SYMBOLS);
    const pasted = `https://${ACCOUNT_SID}:${TOKEN_WITH_SYMBOLS}@api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Calls.json`;
    const refusals = [
      new ContinuationError("next_page_uri", (source) => `a nextPageUri of ${source}`, "Calls.json", pasted),
      new NationalNumberError("To", (countryCode) => `a number with ${countryCode}`, TOKEN_WITH_SYMBOLS),
      new MayHaveBeenSentError("+15558675310", `the answer was lost (${TOKEN_WITH_SYMBOLS})`),
      new MayHaveBeenBoughtError("+15558675310", `the answer was lost (${TOKEN_WITH_SYMBOLS})`),
    ];
    for (const refusal of refusals) {
      const serialized = JSON.stringify({ ...refusal, message: refusal.message });
      expect(serialized).toContain("[redacted]");
      expect(serialized).not.toContain(TOKEN_WITH_SYMBOLS);
    }
  });

  // With an API key, so the Auth Token in the Account resource is not the connection's own secret.
  it("in the Account resource fetched through Raw Request: its auth_token is redacted", async () => {
    const { data } = (await harness.action("rawRequest", {
      twilioConnection: apiKeyConnection(on.sandbox.url),
      method: "GET",
      url: "/Accounts/{AccountSid}.json",
    })) as { data: Record<string, unknown> };
    expect(data).toMatchObject({ sid: ACCOUNT_SID, friendly_name: "Sandbox account", auth_token: "[redacted]", status: "active" });
  });

  it("in Test Connection's result, which keeps no field of the Account resource that holds a token", async () => {
    const result = await harness.action("testConnection", { twilioConnection: apiKeyConnection(on.sandbox.url) });
    expect(JSON.stringify(result)).not.toContain(AUTH_TOKEN);
    expect(JSON.stringify(result)).not.toContain(API_SECRET);
  });
});

describe("the Account resource read as bytes through Raw Request", () => {
  const on = sharedSandbox({ clock: { running: true } });

  it("has its auth_token redacted like the JSON answer, every other byte as Twilio sent it", async () => {
    const read = (responseType: string) =>
      harness.action("rawRequest", {
        twilioConnection: apiKeyConnection(on.sandbox.url),
        method: "GET",
        url: "/Accounts/{AccountSid}.json",
        responseType,
      }) as Promise<{ data: unknown }>;
    const bytes = Buffer.from((await read("binary")).data as Buffer).toString("utf8");
    expect(bytes).not.toContain(AUTH_TOKEN);
    const account = JSON.parse(bytes);
    expect(account).toEqual({ ...((await read("json")).data as object), auth_token: "[redacted]" });
    expect(account.sid).toBe(ACCOUNT_SID);
  });
});
