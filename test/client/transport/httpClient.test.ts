import { createServer } from "node:net";
import { TwilioHttpClient } from "../../../src/client/transport/httpClient";
import { ACCOUNT_SID, AUTH_TOKEN } from "../../support/credentials";
import { installFakeClock } from "../../support/fakeClock";
import { type LoopbackServer, startLoopbackServer } from "../../support/loopback";
import { sharedSandbox, startTestSandbox } from "../../support/sandbox";

const settings = (baseUrl: string, timeoutMs = 2000) => ({ baseUrl, timeoutMs, maxRetries: 3, maxRetryDelayMs: 1000 });
const MESSAGES = `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`;
/** A message create (POST) or the message list (GET), as twilio-node's resources send them. */
const call = (client: TwilioHttpClient, method: "get" | "post") =>
  client.request({
    method,
    uri: MESSAGES,
    username: ACCOUNT_SID,
    password: AUTH_TOKEN,
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    data: method === "post" ? { To: "+15558675310", From: "+15017122661", Body: "Hi" } : undefined,
  });
const messagesPath = "/Messages\\.json$";

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("TwilioHttpClient retry policy", () => {
  const on = sharedSandbox({ tickMs: 0 });
  beforeEach(() => {
    on.sandbox.reset();
    on.sandbox.requests.length = 0;
  });

  it("sends every Twilio host to the base URL, other products under a prefix named after their host", async () => {
    // A proxy that serves Twilio under a path prefix, which the sandbox (served at its root) is not.
    const server = await startLoopbackServer(() => ({ status: 200, json: {} }));
    try {
      const client = new TwilioHttpClient(settings(`${server.url}/prefix`));
      await client.request({ method: "get", uri: "https://messaging.twilio.com/v1/Services?PageSize=5" });
      expect(server.requests[0].path).toBe("/prefix/messaging/v1/Services");
      expect(server.requests[0].query.get("PageSize")).toBe("5");
    } finally {
      await server.close();
    }
  });

  it("waits for Retry-After on a 429 before retrying", async () => {
    const seen: number[] = [];
    on.sandbox.faults.use(() => {
      seen.push(Date.now());
      return seen.length === 1 ? { kind: "429", retryAfter: 1 } : undefined;
    });
    // On the fake clock the wait passes at once; the sandbox still sees a second go by between the tries.
    const realClock = installFakeClock();
    const response = await call(new TwilioHttpClient(settings(on.sandbox.url)), "post").finally(realClock);
    expect(response.statusCode).toBe(201);
    expect(seen[1] - seen[0]).toBeGreaterThanOrEqual(950);
  });

  it("gives up after the configured retries and returns Twilio's last answer", async () => {
    on.sandbox.faults.set([{ kind: "429", path: messagesPath, retryAfter: 0 }]);
    const response = await call(new TwilioHttpClient(settings(on.sandbox.url)), "post");
    expect(response.statusCode).toBe(429);
    expect(on.sandbox.requests).toHaveLength(4);
  });

  it("retries a GET on 503 but not a POST", async () => {
    on.sandbox.faults.set([{ kind: "refused", code: 20503, path: messagesPath }]);
    const client = new TwilioHttpClient({ ...settings(on.sandbox.url), maxRetryDelayMs: 10 });
    await call(client, "get");
    expect(on.sandbox.requests).toHaveLength(4);
    on.sandbox.requests.length = 0;
    await call(client, "post");
    expect(on.sandbox.requests).toHaveLength(1);
  });

  it("does not resend a POST that timed out: Twilio may be processing it", async () => {
    on.sandbox.faults.set([{ kind: "no-answer", method: "POST", path: messagesPath }]);
    await expect(call(new TwilioHttpClient(settings(on.sandbox.url, 200)), "post")).rejects.toMatchObject({ code: "ECONNABORTED" });
    expect(on.sandbox.requests).toHaveLength(1);
  });

  it("retries a GET that timed out", async () => {
    // The first request is never answered; the retry's answer, immediate, well within the timeout.
    on.sandbox.faults.set([{ kind: "no-answer", method: "GET", path: messagesPath, times: 1 }]);
    const response = await call(new TwilioHttpClient({ ...settings(on.sandbox.url, 1000), maxRetryDelayMs: 10 }), "get");
    expect(response.statusCode).toBe(200);
    expect(on.sandbox.requests).toHaveLength(2);
  });

  it("retries a refused connection even for a POST, since nothing reached Twilio", async () => {
    const port = await closedPort();
    const sending = call(new TwilioHttpClient(settings(`http://127.0.0.1:${port}`)), "post");
    // The first attempt is refused; a sandbox comes up on that port 30 ms later, while the retries
    // (random backoffs of up to 200, 400 and 800 ms) are still to come.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const late = await startTestSandbox({ port, tickMs: 0 });
    try {
      expect((await sending).statusCode).toBe(201);
    } finally {
      await late.close();
    }
  });
});

describe("TwilioHttpClient.send: the requests twilio-node's resources cannot make, through the same loop", () => {
  const servers: LoopbackServer[] = [];
  afterEach(() => Promise.all(servers.splice(0).map((server) => server.close())));

  it("maps a Twilio URL onto the Base URL, answers every status, and retries a streamed GET after a 503 with the client's rules", async () => {
    let calls = 0;
    // Scripted: a header that marks which of the two answers came back, which the sandbox does not set.
    const server = await startLoopbackServer(() =>
      ++calls === 1 ? { status: 503, json: {} } : { status: 404, json: { code: 20404 }, headers: { "x-answer": "second" } },
    );
    servers.push(server);
    const client = new TwilioHttpClient(settings(server.url));
    const answer = await client.send<NodeJS.ReadableStream>({
      method: "get",
      url: "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1.mp3",
      responseType: "stream",
    });
    expect(answer.statusCode).toBe(404);
    expect(answer.headers["x-answer"]).toBe("second");
    expect(server.requests.map((request) => request.path)).toEqual([
      "/2010-04-01/Accounts/AC1/Recordings/RE1.mp3",
      "/2010-04-01/Accounts/AC1/Recordings/RE1.mp3",
    ]);
  });

  it("returns a POST's 500 at once: the rules of its method apply", async () => {
    const sandbox = await startTestSandbox({ tickMs: 0 });
    try {
      sandbox.faults.set([{ kind: "500-before", method: "POST" }]);
      const answer = await new TwilioHttpClient(settings(sandbox.url)).send({
        method: "post",
        url: MESSAGES,
        headers: { Authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
        data: new URLSearchParams({ To: "+15558675310", From: "+15017122661", Body: "Hi" }).toString(),
      });
      expect(answer.statusCode).toBe(500);
      expect(sandbox.requests).toHaveLength(1);
    } finally {
      await sandbox.close();
    }
  });
});
