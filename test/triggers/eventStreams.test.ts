import { getExpectedBodyHash, getExpectedTwilioSignature, validateRequestWithBody } from "twilio/lib/webhooks/webhooks";
import type { StreamEvent } from "../../src/client/events/cloudEvents";
import { TwilioSignatureError } from "../../src/client/webhooks/signature";
import { basic } from "../sandbox/support";
import { useInstantWaits } from "../support/fakeClock";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, failureOf, harness, recordingLogger } from "../support/harness";
import { type LoopbackServer, type RecordedRequest, startLoopbackServer } from "../support/loopback";
import { sandboxPerCase } from "../support/sandbox";

const FLOW_NAME = "Account events";
const DELIVERED = "com.twilio.messaging.message.delivered";
const FAILED = "com.twilio.messaging.message.failed";
const INBOUND = "com.twilio.messaging.inbound-message.received";

type TriggerOutput = { payload: { events: StreamEvent[] }; instanceState?: Record<string, unknown> };

describe("eventStreams trigger on the sandbox", () => {
  useInstantWaits();
  let flow: LoopbackServer;
  let flowUrl: string;
  const on = sandboxPerCase();
  beforeEach(async () => {
    flow = await startLoopbackServer(() => ({ status: 200, body: "" }));
    flowUrl = `${flow.url}/trigger/flow-1`;
  });
  afterEach(() => flow.close());

  const twilio = async (method: string, path: string, form?: Record<string, string>) => {
    const answer = await fetch(`${on.sandbox.url}/events${path}`, {
      method,
      body: form ? new URLSearchParams(form) : undefined,
      headers: { authorization: basic(ACCOUNT_SID, AUTH_TOKEN) },
    });
    const text = await answer.text();
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  };
  const subscriptions = async () => (await twilio("GET", "/v1/Subscriptions")).subscriptions as Array<{ sid: string; sink_sid: string }>;
  const sinks = async () => (await twilio("GET", "/v1/Sinks")).sinks as Array<{ sid: string; sink_configuration: { destination: string } }>;
  const subscribed = async (sid: string) =>
    ((await twilio("GET", `/v1/Subscriptions/${sid}/SubscribedEvents`)).types as Array<{ type: string }>).map((one) => one.type).sort();

  const context = (instanceState: Record<string, unknown> = {}) => ({
    instanceState,
    webhookUrls: { [FLOW_NAME]: flowUrl },
    flow: { id: "flowId", name: FLOW_NAME, stableId: "account-events" },
    logger: recordingLogger().logger,
  });
  const params = (eventTypes: string[]) => ({ connection: authTokenConnection(on.sandbox.url), eventTypes });
  const deploy = async (eventTypes: string[], state?: Record<string, unknown>) =>
    (await harness.triggerOnInstanceDeploy("eventStreams", params(eventTypes), context(state)))?.instanceState ?? {};
  const remove = async (state: Record<string, unknown>) =>
    (await harness.triggerOnInstanceDelete("eventStreams", params([DELIVERED]), context(state)))?.instanceState ?? {};

  /** What the platform hands the trigger for a request the sink destination received. */
  const payloadOf = (request: RecordedRequest, body = request.rawBody) => ({
    headers: { "Content-Type": "application/json", "X-Twilio-Signature": String(request.headers["x-twilio-signature"]) },
    queryParameters: Object.fromEntries(request.query),
    rawBody: { data: Buffer.from(body), contentType: "application/json" },
    body: { data: Buffer.from(body), contentType: "application/json" },
    webhookUrls: { [FLOW_NAME]: flowUrl },
    invokeUrl: `${flowUrl}?${request.query}`,
    flow: { id: "flowId", name: FLOW_NAME, stableId: "account-events" },
  });
  /** Subscribes the flow to inbound messages and has a customer text the number: the event's delivery to the flow. */
  const inboundMessageDelivered = async (): Promise<RecordedRequest> => {
    await deploy([INBOUND]);
    await on.sandbox.control("POST", "incoming/messages", {
      AccountSid: ACCOUNT_SID,
      From: "+15558675310",
      To: "+15017122661",
      Body: "Hi",
    });
    await on.sandbox.settle();
    return flow.requests[0];
  };
  const receive = (request: RecordedRequest, state: Record<string, unknown> = {}, body?: string) =>
    harness.trigger(
      "eventStreams",
      payloadOf(request, body),
      { connection: authTokenConnection(on.sandbox.url), eventTypes: [DELIVERED] },
      { instanceState: state },
    ) as unknown as Promise<TriggerOutput>;

  it("creates a sink pointing at the flow and one subscription; a redeploy updates its types instead of adding a second", async () => {
    const first = await deploy([DELIVERED, INBOUND]);
    const [subscription] = await subscriptions();
    expect((await sinks()).map((sink) => sink.sink_configuration.destination)).toEqual([flowUrl]);
    expect(await subscribed(subscription.sid)).toEqual([INBOUND, DELIVERED].sort());

    const second = await deploy([DELIVERED, FAILED], first);
    expect((await subscriptions()).map((one) => one.sid)).toEqual([subscription.sid]);
    expect(await sinks()).toHaveLength(1);
    expect(await subscribed(subscription.sid)).toEqual([DELIVERED, FAILED].sort());
    expect(second).toEqual(first);
  });

  it("delete removes exactly the sink and subscription it created, and leaves the customer's own", async () => {
    const own = await twilio("POST", "/v1/Sinks", {
      Description: "Customer's own",
      SinkType: "webhook",
      SinkConfiguration: JSON.stringify({ destination: "https://crm.example.com/events", method: "POST" }),
    });
    const ownSubscription = await twilio("POST", "/v1/Subscriptions", {
      Description: "Customer's own",
      SinkSid: String(own.sid),
      Types: JSON.stringify({ type: DELIVERED, schema_version: 1 }),
    });
    const state = await deploy([DELIVERED]);
    expect(await subscriptions()).toHaveLength(2);
    const after = await remove({ ...state, unrelated: "kept" });
    expect((await subscriptions()).map((one) => one.sid)).toEqual([ownSubscription.sid]);
    expect((await sinks()).map((sink) => sink.sid)).toEqual([own.sid]);
    expect(after).toEqual({ unrelated: "kept" });
  });

  it("an event delivered is signed (twilio-node's validateRequestWithBody agrees) and passed on once; again, marked redelivered", async () => {
    await deploy([DELIVERED]);
    await harness.action("sendSMS", {
      twilioConnection: authTokenConnection(on.sandbox.url),
      to: "+15558675310",
      from: "+15017122661",
      message: "Shipped",
    });
    await on.sandbox.clock.advance(2_000);
    await on.sandbox.settle();
    expect(flow.requests).toHaveLength(1);
    const [request] = flow.requests;
    const signedUrl = `${flowUrl}?${request.query}`;
    expect(validateRequestWithBody(AUTH_TOKEN, String(request.headers["x-twilio-signature"]), signedUrl, request.rawBody)).toBe(true);

    const first = await receive(request);
    expect(first.payload.events).toEqual([
      expect.objectContaining({ type: DELIVERED, subject: expect.stringMatching(/^SM/), time: expect.any(String), redelivered: false }),
    ]);
    expect(first.payload.events[0].data).toMatchObject({ messageStatus: "DELIVERED", to: "+15558675310" });
    const again = await receive(request, first.instanceState);
    expect(again.payload.events[0]).toMatchObject({ id: first.payload.events[0].id, redelivered: true });
  });

  it("with the Sync store, a delivery arriving again while the first is handled is marked redelivered; the flow's state is not used", async () => {
    const request = await inboundMessageDelivered();
    const viaSync = () =>
      harness.trigger(
        "eventStreams",
        payloadOf(request),
        { connection: authTokenConnection(on.sandbox.url), eventTypes: [INBOUND], idempotencyStore: "sync" },
        { instanceState: {} },
      ) as unknown as Promise<TriggerOutput>;

    const both = await Promise.all([viaSync(), viaSync()]);

    expect(both.map((one) => one.payload.events[0].redelivered).sort()).toEqual([false, true]);
    expect(both.map((one) => one.instanceState)).toEqual([undefined, undefined]);
  });

  it("reads an inbound message event, and rejects a body changed after signing, naming why", async () => {
    const request = await inboundMessageDelivered();
    const { payload } = await receive(request);
    expect(payload.events.map((event) => event.type)).toEqual([INBOUND]);
    const forged = request.rawBody.replace("Hi", "Hello");
    const error = await failureOf(receive(request, {}, forged));
    expect(error).toBeInstanceOf(TwilioSignatureError);
    expect(error.message).toContain("X-Twilio-Signature does not match");
  });

  it("passes on each event of a batch, and a single event sent alone", async () => {
    const event = (id: string, type: string) => ({
      specversion: "1.0",
      id,
      type,
      source: "/x",
      time: "2026-12-01T15:36:12Z",
      data: { n: id },
    });
    const signed = (body: string) => {
      const query = new URLSearchParams({ bodySHA256: getExpectedBodyHash(body) });
      const url = `${flowUrl}?${query}`;
      return {
        query,
        rawBody: body,
        headers: { "x-twilio-signature": getExpectedTwilioSignature(AUTH_TOKEN, url, {}) },
      } as unknown as RecordedRequest;
    };
    const batch = await receive(signed(JSON.stringify([event("EZ1", DELIVERED), event("EZ2", FAILED)])));
    expect(batch.payload.events.map((one) => [one.id, one.type, one.redelivered])).toEqual([
      ["EZ1", DELIVERED, false],
      ["EZ2", FAILED, false],
    ]);
    const single = await receive(signed(JSON.stringify(event("EZ1", DELIVERED))), batch.instanceState);
    expect(single.payload.events.map((one) => [one.id, one.redelivered])).toEqual([["EZ1", true]]);
  });

  it("refuses event types that are not Twilio's before any request", async () => {
    const error = await failureOf(deploy(["../Sinks"]));
    expect(error.message).toContain('Input "Event Types"');
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
