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
    // Echoes the request's Authorization header back, as a misbehaving proxy might.
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
