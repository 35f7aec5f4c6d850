import { validateRequest } from "twilio/lib/webhooks/webhooks";
import type { ConversationRecord } from "../../src/client/conversations/records";
import type { TwilioWebhookEvent } from "../../src/client/webhooks/signature";
import { basic } from "../sandbox/support";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, harness, recordingLogger } from "../support/harness";
import { type LoopbackServer, startLoopbackServer } from "../support/loopback";
import { sandboxPerCase } from "../support/sandbox";

const FLOW_NAME = "Conversation events";
const CUSTOMER_URL = "https://helpdesk.example.com/twilio/post-events";

type WebhookOutput = { payload: TwilioWebhookEvent & { conversationEvent: { eventType: string; conversationSid: string | null } | null } };

describe("webhook trigger and Conversations' post-event webhooks", () => {
  let flow: LoopbackServer;
  let flowUrl: string;
  let serviceSid: string;
  const on = sandboxPerCase();
  beforeEach(async () => {
    flow = await startLoopbackServer(() => ({ status: 200, body: "<Response/>", headers: { "content-type": "text/xml" } }));
    flowUrl = `${flow.url}/trigger/flow-2`;
    const service = await configure("POST", "/v1/Services", { FriendlyName: "Support desk" });
    serviceSid = String(service.sid);
    await configure("POST", `/v1/Services/${serviceSid}/Configuration/Webhooks`, {
      PostWebhookUrl: CUSTOMER_URL,
      PreWebhookUrl: "https://helpdesk.example.com/twilio/pre-events",
      Method: "POST",
      Filters: ["onMessageAdd", "onConversationAdded"],
    });
  });
  afterEach(() => flow.close());

  async function configure(method: string, path: string, form?: Record<string, string | string[]>) {
    const body = new URLSearchParams(
      Object.entries(form ?? {}).flatMap(([name, value]) => [value].flat().map((one): [string, string] => [name, one])),
    );
    const answer = await fetch(`${on.sandbox.url}/conversations${path}`, {
      method,
      body: form ? body : undefined,
      headers: { authorization: basic(ACCOUNT_SID, AUTH_TOKEN) },
    });
    return (await answer.json()) as Record<string, unknown>;
  }
  const webhooks = () => configure("GET", `/v1/Services/${serviceSid}/Configuration/Webhooks`);
  const context = (instanceState: Record<string, unknown> = {}) => ({
    instanceState,
    webhookUrls: { [FLOW_NAME]: flowUrl },
    flow: { id: "flowId", name: FLOW_NAME, stableId: "conversation-events" },
    logger: recordingLogger().logger,
  });
  const params = (conversationService: string) => ({ connection: authTokenConnection(on.sandbox.url), conversationService });

  it("points the service's post-event webhook at the flow, keeps the pre-event filters, and puts everything back on delete", async () => {
    const deployed = (await harness.triggerOnInstanceDeploy("webhook", params(serviceSid), context()))?.instanceState ?? {};
    const registered = await webhooks();
    expect(registered).toMatchObject({ post_webhook_url: flowUrl, pre_webhook_url: "https://helpdesk.example.com/twilio/pre-events" });
    expect(registered.filters).toEqual(
      expect.arrayContaining(["onMessageAdd", "onMessageAdded", "onParticipantAdded", "onConversationStateUpdated"]),
    );

    const redeployed = (await harness.triggerOnInstanceDeploy("webhook", params(serviceSid), context(deployed)))?.instanceState ?? {};
    expect(redeployed).toEqual(deployed);

    await harness.triggerOnInstanceDelete("webhook", params(""), context(redeployed));
    expect(await webhooks()).toMatchObject({
      post_webhook_url: CUSTOMER_URL,
      filters: ["onMessageAdd", "onConversationAdded"],
      method: "POST",
    });
  });

  it("a message added reaches the flow signed, recognised as a conversation event with its SID", async () => {
    await harness.triggerOnInstanceDeploy("webhook", params(serviceSid), context());
    const { data: conversation } = (await harness.action("createConversation", {
      twilioConnection: authTokenConnection(on.sandbox.url),
      conversationService: serviceSid,
      friendlyName: "Order 1234",
    })) as { data: ConversationRecord };
    await harness.action("sendConversationMessage", {
      twilioConnection: authTokenConnection(on.sandbox.url),
      conversationService: serviceSid,
      conversation: conversation.sid,
      author: "agent.jane",
      body: "Your order has shipped.",
    });
    await on.sandbox.settle();
    const added = flow.requests.find((request) => request.form.get("EventType") === "onMessageAdded");
    if (!added) throw new Error("no onMessageAdded webhook reached the flow");
    const fields = Object.fromEntries(added.form);
    expect(validateRequest(AUTH_TOKEN, String(added.headers["x-twilio-signature"]), flowUrl, fields)).toBe(true);

    const payload = {
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": String(added.headers["x-twilio-signature"]) },
      queryParameters: {},
      rawBody: { data: Buffer.from(added.rawBody), contentType: "application/x-www-form-urlencoded" },
      body: { data: Buffer.from(added.rawBody), contentType: "application/x-www-form-urlencoded" },
      webhookUrls: { [FLOW_NAME]: flowUrl },
      invokeUrl: flowUrl,
      flow: { id: "flowId", name: FLOW_NAME, stableId: "conversation-events" },
    };
    const { payload: output } = (await harness.trigger("webhook", payload, {
      connection: authTokenConnection(on.sandbox.url),
    })) as unknown as WebhookOutput;
    expect(output.eventType).toBe("conversationEvent");
    expect(output.conversationEvent).toEqual({ eventType: "onMessageAdded", conversationSid: conversation.sid });
    expect(output.fields).toMatchObject({ Body: "Your order has shipped.", Author: "agent.jane" });
  });
});
