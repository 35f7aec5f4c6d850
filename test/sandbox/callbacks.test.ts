import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { validateRequest } from "twilio/lib/webhooks/webhooks";
import { DEMO_ACCOUNT } from "../../sandbox";
import { ACCOUNT, call, plainSandboxPerCase } from "./support";

interface Received {
  headers: IncomingHttpHeaders;
  fields: Record<string, string>;
}

/** A customer's webhook endpoint: records what Twilio sends and answers with the status given per call. */
async function receiver(statuses: number[] = []) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      received.push({ headers: req.headers, fields: Object.fromEntries(new URLSearchParams(body)) });
      res.writeHead(statuses[received.length - 1] ?? 200, { "content-type": "text/xml" });
      res.end("<Response/>");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const signedByTwilio = (url: string, { headers, fields }: Received) =>
  validateRequest(DEMO_ACCOUNT.authToken, String(headers["x-twilio-signature"]), url, fields);

describe("sandbox callbacks", () => {
  let endpoint: Awaited<ReturnType<typeof receiver>>;
  const on = plainSandboxPerCase({ callbacks: { timeoutMs: 2_000 } });
  afterEach(() => endpoint?.close());
  /** A message to `to` whose status callbacks go to the endpoint, once the sandbox's clock has let Twilio finish with it. */
  const sentWithStatusCallback = async (to: string) => {
    const { json } = await call(on.sandbox, "POST", `${ACCOUNT}/Messages.json`, {
      To: to,
      From: "+15017122661",
      Body: "Hi",
      StatusCallback: endpoint.url,
    });
    await on.sandbox.clock.advance(2_000);
    await on.sandbox.settle();
    return json;
  };

  it("sends an incoming message to the number's SmsUrl, form-encoded and signed as Twilio signs", async () => {
    endpoint = await receiver();
    await on.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122661", SmsUrl: endpoint.url });
    const { delivery } = (await on.sandbox.control("POST", "incoming/messages", {
      From: "+15558675310",
      To: "+15017122661",
      Body: "Yes",
    })) as {
      delivery: { attempts: number[] };
    };
    expect(delivery.attempts).toEqual([200]);
    const [request] = endpoint.received;
    expect(request.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request.fields).toMatchObject({ From: "+15558675310", To: "+15017122661", Body: "Yes", AccountSid: DEMO_ACCOUNT.sid });
    expect(request.headers["i-twilio-idempotency-token"]).toEqual(expect.any(String));
    expect(signedByTwilio(endpoint.url, request)).toBe(true);
    expect(validateRequest("another token", String(request.headers["x-twilio-signature"]), endpoint.url, request.fields)).toBe(false);
    // The incoming message is in the account's log, as Twilio keeps it.
    const listed = await call(on.sandbox, "GET", `${ACCOUNT}/Messages.json?From=${encodeURIComponent("+15558675310")}`);
    expect(listed.json.messages).toEqual([expect.objectContaining({ body: "Yes", direction: "inbound", status: "received" })]);
  });

  it("delivers again with the same idempotency token when the receiver does not answer 2xx", async () => {
    endpoint = await receiver([503]);
    await on.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122661", SmsUrl: endpoint.url });
    await on.sandbox.control("POST", "incoming/messages", { From: "+15558675310", To: "+15017122661", Body: "Hello" });
    expect(endpoint.received).toHaveLength(2);
    const [first, second] = endpoint.received;
    expect(second.headers["i-twilio-idempotency-token"]).toBe(first.headers["i-twilio-idempotency-token"]);
    expect(signedByTwilio(endpoint.url, second)).toBe(true);
  });

  it("posts status callbacks as a message is sent and delivered, signed", async () => {
    endpoint = await receiver();
    const json = await sentWithStatusCallback("+15558675310");
    expect(endpoint.received.map((request) => request.fields.MessageStatus)).toEqual(["sent", "delivered"]);
    expect(endpoint.received.every((request) => request.fields.MessageSid === json.sid && signedByTwilio(endpoint.url, request))).toBe(
      true,
    );
  });

  it("ends a message as the control endpoint says: undelivered with its error code", async () => {
    endpoint = await receiver();
    await on.sandbox.control("POST", "messages/outcome", { to: "+15558675399", status: "undelivered", errorCode: 30003 });
    await sentWithStatusCallback("+15558675399");
    expect(endpoint.received.at(-1)?.fields).toMatchObject({ MessageStatus: "undelivered", ErrorCode: "30003" });
  });
});
