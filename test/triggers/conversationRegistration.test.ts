import { InputError } from "../../src/client/transport/errors";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, failureOf, harness, recordingLogger } from "../support/harness";
import { sandboxPerCase } from "../support/sandbox";

const FLOW_NAME = "Conversation events";
const FLOW_URL = "https://hooks.example.prismatic.io/trigger/SW5zdGFuY2VGbG93Q29uZmlnOjI";
const HELPDESK_URL = "https://helpdesk.example.com/twilio/post-events";
const STATE_KEY = "twilioConversationWebhookRegistration";

/** The webhook trigger's deploy and delete hooks pointing a Conversation Service's post-event webhook of the sandbox's at the flow. */
describe("webhook trigger: a Conversation Service's post-event webhook on the sandbox", () => {
  let services: string[];
  const on = sandboxPerCase();
  beforeEach(async () => {
    services = [];
    for (const name of ["Support desk", "Sales desk"]) {
      const sid = String((await configure("POST", "/v1/Services", { FriendlyName: name })).sid);
      await configure("POST", `/v1/Services/${sid}/Configuration/Webhooks`, { PostWebhookUrl: HELPDESK_URL, Method: "POST" });
      services.push(sid);
    }
  });

  async function configure(method: string, path: string, form?: Record<string, string>) {
    const answer = await fetch(`${on.sandbox.url}/conversations${path}`, {
      method,
      body: form ? new URLSearchParams(form) : undefined,
      headers: { authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
    });
    return (await answer.json()) as Record<string, unknown>;
  }
  const postWebhook = async (serviceSid: string) =>
    (await configure("GET", `/v1/Services/${serviceSid}/Configuration/Webhooks`)).post_webhook_url;
  const context = (instanceState: Record<string, unknown> = {}, logger = recordingLogger().logger) => ({
    instanceState,
    webhookUrls: { [FLOW_NAME]: FLOW_URL },
    flow: { id: "flowId", name: FLOW_NAME, stableId: "conversation-events" },
    logger,
  });
  const params = (conversationService: string) => ({ connection: authTokenConnection(on.sandbox.url), conversationService });
  const deploy = async (conversationService: string, instanceState?: Record<string, unknown>) =>
    (await harness.triggerOnInstanceDeploy("webhook", params(conversationService), context(instanceState)))?.instanceState ?? {};
  const remove = async (instanceState: Record<string, unknown>) => {
    const { lines, logger } = recordingLogger();
    const state = (await harness.triggerOnInstanceDelete("webhook", params(""), context(instanceState, logger)))?.instanceState;
    return { lines, state };
  };

  it("moves the registration to another service on redeploy, putting the first back, and releases it when the input is emptied", async () => {
    const first = await deploy(services[0]);
    expect(first[STATE_KEY]).toMatchObject({ conversationServiceSid: services[0] });
    expect(await postWebhook(services[0])).toBe(FLOW_URL);

    const moved = await deploy(services[1], first);
    expect(moved[STATE_KEY]).toMatchObject({ conversationServiceSid: services[1] });
    expect([await postWebhook(services[0]), await postWebhook(services[1])]).toEqual([HELPDESK_URL, FLOW_URL]);

    const none = await deploy("", moved);
    expect(none).not.toHaveProperty(STATE_KEY);
    expect(await postWebhook(services[1])).toBe(HELPDESK_URL);
    expect((await remove(none)).state).toEqual({});
  });

  it("leaves a post-event webhook someone changed since alone on delete, and says why", async () => {
    const state = await deploy(services[0]);
    await configure("POST", `/v1/Services/${services[0]}/Configuration/Webhooks`, { PostWebhookUrl: "https://crm.example.com/events" });
    const { lines, state: after } = await remove(state);
    expect(await postWebhook(services[0])).toBe("https://crm.example.com/events");
    expect(lines.join("\n")).toContain(`Left Conversation Service ${services[0]} alone`);
    expect(after).toEqual({});
  });

  it("refuses a service that is no Conversation Service SID before any request", async () => {
    const before = on.sandbox.requests.length;
    const error = await failureOf(deploy("IS../Conversations"));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Conversation Service to Register"');
    expect(on.sandbox.requests).toHaveLength(before);
  });
});
