import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { TwilioHttpClient } from "../../../src/client/transport/httpClient";
import { installFakeClock } from "../../support/fakeClock";
import { type LoopbackHandler, type LoopbackServer, startLoopbackServer } from "../../support/loopback";

const settings = (baseUrl: string, timeoutMs = 2000) => ({ baseUrl, timeoutMs, maxRetries: 3, maxRetryDelayMs: 1000 });
const call = (client: TwilioHttpClient, method: "get" | "post") =>
  client.request({
    method,
    uri: "https://api.twilio.com/2010-04-01/Accounts.json",
    username: "AC",
    password: "token",
    data: method === "post" ? { To: "+1" } : undefined,
  });

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("TwilioHttpClient retry policy", () => {
  const servers: LoopbackServer[] = [];
  const serve = async (handler: LoopbackHandler) => {
    const server = await startLoopbackServer(handler);
    servers.push(server);
    return server;
  };
  afterEach(() => Promise.all(servers.splice(0).map((server) => server.close())));

  it("sends every Twilio host to the base URL, other products under a prefix named after their host", async () => {
    const server = await serve(() => ({ status: 200, json: {} }));
    const client = new TwilioHttpClient(settings(`${server.url}/prefix`));
    await client.request({ method: "get", uri: "https://messaging.twilio.com/v1/Services?PageSize=5" });
    expect(server.requests[0].path).toBe("/prefix/messaging/v1/Services");
    expect(server.requests[0].query.get("PageSize")).toBe("5");
  });

  it("waits for Retry-After on a 429 before retrying", async () => {
    const seen: number[] = [];
    const server = await serve(() => {
      seen.push(Date.now());
      return seen.length === 1 ? { status: 429, json: {}, headers: { "retry-after": "1" } } : { status: 201, json: {} };
    });
    // On the fake clock the wait passes at once; the server still sees a second go by between the tries.
    const realClock = installFakeClock();
    const response = await call(new TwilioHttpClient(settings(server.url)), "post").finally(realClock);
    expect(response.statusCode).toBe(201);
    expect(seen[1] - seen[0]).toBeGreaterThanOrEqual(950);
  });

  it("gives up after the configured retries and returns Twilio's last answer", async () => {
    const server = await serve(() => ({ status: 429, json: { code: 20429 }, headers: { "retry-after": "0" } }));
    const response = await call(new TwilioHttpClient(settings(server.url)), "post");
    expect(response.statusCode).toBe(429);
    expect(server.requests).toHaveLength(4);
  });

  it("retries a GET on 503 but not a POST", async () => {
    const server = await serve(() => ({ status: 503, json: {} }));
    const client = new TwilioHttpClient({ ...settings(server.url), maxRetryDelayMs: 10 });
    await call(client, "get");
    expect(server.requests).toHaveLength(4);
    server.requests.length = 0;
    await call(client, "post");
    expect(server.requests).toHaveLength(1);
  });

  it("does not resend a POST that timed out: Twilio may be processing it", async () => {
    const server = await serve(() => ({ status: 201, json: {}, delayMs: 1000 }));
    await expect(call(new TwilioHttpClient(settings(server.url, 200)), "post")).rejects.toMatchObject({ code: "ECONNABORTED" });
    expect(server.requests).toHaveLength(1);
  });

  it("retries a GET that timed out", async () => {
    let calls = 0;
    // The first answer comes far past the timeout; the retry's answer, immediate, well within it.
    const server = await serve(() => ({ status: 200, json: {}, delayMs: ++calls === 1 ? 3000 : 0 }));
    const response = await call(new TwilioHttpClient({ ...settings(server.url, 1000), maxRetryDelayMs: 10 }), "get");
    expect(response.statusCode).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it("retries a refused connection even for a POST, since nothing reached Twilio", async () => {
    const port = await closedPort();
    const sending = call(new TwilioHttpClient(settings(`http://127.0.0.1:${port}`)), "post");
    // The first attempt is refused; the server comes up 30 ms later, while the retries (random
    // backoffs of up to 200, 400 and 800 ms) are still to come.
    const late = createHttpServer((_request, response) => response.writeHead(201, { "content-type": "application/json" }).end("{}"));
    await new Promise((resolve) => setTimeout(resolve, 30));
    await new Promise<void>((resolve) => late.listen(port, "127.0.0.1", resolve));
    try {
      expect((await sending).statusCode).toBe(201);
    } finally {
      late.closeAllConnections();
      await new Promise((resolve) => late.close(resolve));
    }
  });
});

describe("TwilioHttpClient.send: the requests twilio-node's resources cannot make, through the same loop", () => {
  const servers: LoopbackServer[] = [];
  afterEach(() => Promise.all(servers.splice(0).map((server) => server.close())));

  it("maps a Twilio URL onto the Base URL, answers every status, and retries a streamed GET after a 503 with the client's rules", async () => {
    let calls = 0;
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
    const server = await startLoopbackServer(() => ({ status: 500, json: {} }));
    servers.push(server);
    const answer = await new TwilioHttpClient(settings(server.url)).send({ method: "post", url: `${server.url}/x`, data: "A=1" });
    expect(answer.statusCode).toBe(500);
    expect(server.requests).toHaveLength(1);
  });
});
