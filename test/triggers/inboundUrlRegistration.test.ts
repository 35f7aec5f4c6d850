import { InputError } from "../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness, recordingLogger } from "../support/harness";
import { type LoopbackServer, startLoopbackServer, twilioErrorBody } from "../support/loopback";
import { startTestSandbox } from "../support/sandbox";

const FLOW_NAME = "Incoming SMS";
const FLOW_URL = "https://hooks.example.prismatic.io/trigger/SW5zdGFuY2VGbG93Q29uZmln";
const SERVICE_SID = `MG${"0123456789abcdef".repeat(2)}`;
const OTHER_SERVICE_SID = `MG${"fedcba9876543210".repeat(2)}`;
const CUSTOMER_URL = "https://customer.example.com/inbound";
const NUMBER_SID = `PN${"0123456789abcdef".repeat(2)}`;
const PHONE = "+15017122661";
const NUMBER_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/IncomingPhoneNumbers/${NUMBER_SID}.json`;

interface Service {
  sid: string;
  account_sid: string;
  friendly_name: string;
  inbound_request_url: string | null;
  inbound_method: string;
  use_inbound_webhook_on_number: boolean;
}

describe("webhook trigger: points a Messaging Service at the flow", () => {
  let server: LoopbackServer;
  let services: Record<string, Service>;
  let number: { sid: string; phone_number: string; sms_url: string; sms_method: string };

  const service = (sid: string, overrides: Partial<Service> = {}): Service => ({
    sid,
    account_sid: ACCOUNT_SID,
    friendly_name: "Appointment reminders",
    inbound_request_url: CUSTOMER_URL,
    inbound_method: "GET",
    use_inbound_webhook_on_number: false,
    ...overrides,
  });

  beforeEach(async () => {
    services = { [SERVICE_SID]: service(SERVICE_SID), [OTHER_SERVICE_SID]: service(OTHER_SERVICE_SID, { inbound_request_url: null }) };
    number = { sid: NUMBER_SID, phone_number: PHONE, sms_url: "https://customer.example.com/sms", sms_method: "POST" };
    server = await startLoopbackServer((req) => {
      const serviceSid = /^\/messaging\/v1\/Services\/(MG[0-9a-f]{32})$/.exec(req.path)?.[1];
      const found = serviceSid && services[serviceSid];
      if (found) {
        if (req.method === "POST") {
          if (req.form.has("InboundRequestUrl")) found.inbound_request_url = req.form.get("InboundRequestUrl") || null;
          found.inbound_method = req.form.get("InboundMethod") ?? found.inbound_method;
        }
        return { status: 200, json: found };
      }
      if (req.path === NUMBER_PATH) {
        if (req.method === "POST") number.sms_url = req.form.get("SmsUrl") ?? number.sms_url;
        return { status: 200, json: number };
      }
      return { status: 404, json: twilioErrorBody(20404, "The requested resource was not found", 404) };
    });
  });
  afterEach(() => server.close());

  const context = (instanceState: Record<string, unknown> = {}, logger = recordingLogger().logger) => ({
    instanceState,
    webhookUrls: { [FLOW_NAME]: FLOW_URL },
    flow: { id: "flowId", name: FLOW_NAME, stableId: "incoming-sms" },
    logger,
  });
  const params = (messagingService: string, phoneNumber = "") => ({
    connection: authTokenConnection(server.url),
    messagingService,
    phoneNumber,
  });
  const deploy = async (messagingService: string, instanceState?: Record<string, unknown>, phoneNumber = "") =>
    (await harness.triggerOnInstanceDeploy("webhook", params(messagingService, phoneNumber), context(instanceState)))?.instanceState ?? {};
  const remove = async (instanceState: Record<string, unknown>) => {
    const { lines, logger } = recordingLogger();
    const result = await harness.triggerOnInstanceDelete("webhook", params(""), context(instanceState, logger));
    return { lines, state: result?.instanceState };
  };
  const updates = () => server.requests.filter((req) => req.method === "POST");

  it("points the service's inbound request URL at the flow on deploy and puts the previous one back on delete", async () => {
    const state = await deploy(SERVICE_SID);
    expect(services[SERVICE_SID]).toMatchObject({ inbound_request_url: FLOW_URL, inbound_method: "POST" });
    expect(updates()[0].path).toBe(`/messaging/v1/Services/${SERVICE_SID}`);
    expect(Object.fromEntries(updates()[0].form)).toEqual({ InboundRequestUrl: FLOW_URL, InboundMethod: "POST" });
    expect(state.twilioInboundUrlRegistration).toEqual({
      messagingServiceSid: SERVICE_SID,
      friendlyName: "Appointment reminders",
      registeredUrl: FLOW_URL,
      previousInboundRequestUrl: CUSTOMER_URL,
      previousInboundMethod: "GET",
      numbersUseOwnUrl: false,
    });
    const { state: after } = await remove(state);
    expect(services[SERVICE_SID]).toMatchObject({ inbound_request_url: CUSTOMER_URL, inbound_method: "GET" });
    expect(after).toEqual({});
  });

  it("turns inbound requests back off on delete when the service had none", async () => {
    const state = await deploy(OTHER_SERVICE_SID);
    await remove(state);
    expect(updates().at(-1)?.form.get("InboundRequestUrl")).toBe("");
    expect(services[OTHER_SERVICE_SID].inbound_request_url).toBeNull();
  });

  it("leaves the service alone on delete when someone changed it in between, and says why", async () => {
    const state = await deploy(SERVICE_SID);
    services[SERVICE_SID].inbound_request_url = "https://someone-else.example.com/inbound";
    const before = updates().length;
    const { lines } = await remove(state);
    expect(updates()).toHaveLength(before);
    expect(services[SERVICE_SID].inbound_request_url).toBe("https://someone-else.example.com/inbound");
    expect(lines.join("\n")).toContain("was changed after this instance registered it");
  });

  it("remembers the URL from before the first deploy across redeploys", async () => {
    const first = await deploy(SERVICE_SID);
    const second = await deploy(SERVICE_SID, first);
    expect(second.twilioInboundUrlRegistration).toMatchObject({ previousInboundRequestUrl: CUSTOMER_URL });
    await remove(second);
    expect(services[SERVICE_SID]).toMatchObject({ inbound_request_url: CUSTOMER_URL, inbound_method: "GET" });
  });

  it("leaves the service pointing at the flow when it already did before registering, and says why", async () => {
    services[SERVICE_SID].inbound_request_url = FLOW_URL;
    services[SERVICE_SID].inbound_method = "POST";
    const state = await deploy(SERVICE_SID);
    expect(updates()).toHaveLength(0);
    expect(state.twilioInboundUrlRegistration).toMatchObject({ previousInboundRequestUrl: null, previousInboundMethod: null });
    const { lines } = await remove(state);
    expect(updates()).toHaveLength(0);
    expect(lines.join("\n")).toContain("the URL it had before is unknown");
  });

  it("puts the first service back when a redeploy names another, or none", async () => {
    const first = await deploy(SERVICE_SID);
    const second = await deploy(OTHER_SERVICE_SID, first);
    expect(services[SERVICE_SID].inbound_request_url).toBe(CUSTOMER_URL);
    expect(services[OTHER_SERVICE_SID].inbound_request_url).toBe(FLOW_URL);
    const third = await deploy("", second);
    expect(services[OTHER_SERVICE_SID].inbound_request_url).toBeNull();
    expect(third).toEqual({});
  });

  it("warns when the service sends its numbers' messages to each number's own URL instead", async () => {
    services[SERVICE_SID].use_inbound_webhook_on_number = true;
    const { lines, logger } = recordingLogger();
    await harness.triggerOnInstanceDeploy("webhook", params(SERVICE_SID), context({}, logger));
    expect(lines.join("\n")).toContain("Use Inbound Webhook on Number");
  });

  it("keeps the phone number registration of an instance deployed before, beside the service's", async () => {
    const deployedBefore = {
      twilioSmsUrlRegistration: {
        phoneNumberSid: NUMBER_SID,
        phoneNumber: PHONE,
        registeredUrl: FLOW_URL,
        previousSmsUrl: "https://customer.example.com/sms",
        previousSmsMethod: "POST",
      },
      somethingElse: 1,
    };
    number.sms_url = FLOW_URL;
    const state = await deploy(SERVICE_SID, deployedBefore, NUMBER_SID);
    expect(state).toEqual({
      ...deployedBefore,
      twilioInboundUrlRegistration: expect.objectContaining({ messagingServiceSid: SERVICE_SID }),
    });
    const { state: after } = await remove(state);
    expect(number.sms_url).toBe("https://customer.example.com/sms");
    expect(services[SERVICE_SID].inbound_request_url).toBe(CUSTOMER_URL);
    expect(after).toEqual({ somethingElse: 1 });
  });

  it("names the input when the account has no such service, before changing anything", async () => {
    const error = await failureOf(deploy(`MG${"9".repeat(32)}`));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Messaging Service to Register"');
    expect(updates()).toHaveLength(0);
  });

  it("refuses a value that is not a service SID before any request", async () => {
    const error = await failureOf(deploy("MG123"));
    expect(error.message).toMatch(/^Input "Messaging Service to Register": expected a Messaging Service SID/);
    expect(server.requests).toHaveLength(0);
  });

  it("says at deploy time that the flow has no webhook URL, before any request", async () => {
    const noUrl = { instanceState: {}, webhookUrls: {}, flow: { id: "flowId", name: FLOW_NAME, stableId: "incoming-sms" } };
    const error = await failureOf(harness.triggerOnInstanceDeploy("webhook", params(SERVICE_SID), noUrl));
    expect(error.message).toMatch(new RegExp(`^Could not point ${SERVICE_SID} at this flow while deploying the instance`));
    expect(error.message).toContain('leave "Messaging Service to Register" empty');
    expect(server.requests).toHaveLength(0);
  });

  it("does nothing on delete when it registered nothing, not even build a client", async () => {
    const result = await harness.triggerOnInstanceDelete("webhook", { connection: { key: "basic", fields: {} } }, context({ other: true }));
    expect(result?.instanceState).toEqual({ other: true });
    expect(server.requests).toHaveLength(0);
  });
});

describe("webhook trigger: Messaging Service registration against Twilio's official spec", () => {
  it("fetches and updates the service in the shape the spec accepts", async () => {
    const twilio = await startTestSandbox();
    const service = (await twilio.control("POST", "messaging-services", { FriendlyName: "Support" })) as { sid: string };
    const result = await harness.triggerOnInstanceDeploy(
      "webhook",
      { connection: authTokenConnection(twilio.url), messagingService: service.sid },
      { instanceState: {}, webhookUrls: { [FLOW_NAME]: FLOW_URL }, flow: { id: "flowId", name: FLOW_NAME, stableId: "incoming-sms" } },
    );
    expect(result?.instanceState?.twilioInboundUrlRegistration).toMatchObject({ registeredUrl: FLOW_URL });
    await twilio.close();
  });
});
