import { InputError } from "../../src/client/transport/errors";
import { authTokenConnection, failureOf, harness, recordingLogger } from "../support/harness";
import { sharedSandbox, startTestSandbox } from "../support/sandbox";
import { changeNumberInConsole, changeServiceInConsole, numberNow, serviceNow } from "./support/console";

const FLOW_NAME = "Incoming SMS";
const FLOW_URL = "https://hooks.example.prismatic.io/trigger/SW5zdGFuY2VGbG93Q29uZmln";
const CUSTOMER_URL = "https://customer.example.com/inbound";
const PHONE = "+15017122661";

describe("webhook trigger: points a Messaging Service at the flow", () => {
  /** The sandbox Twilio the account lives on, emptied before each test. */
  let serviceSid: string;
  let otherServiceSid: string;
  let numberSid: string;
  const on = sharedSandbox();
  beforeEach(async () => {
    on.sandbox.reset();
    const service = async (fields: Record<string, unknown>) =>
      ((await on.sandbox.control("POST", "messaging-services", { FriendlyName: "Appointment reminders", ...fields })) as { sid: string })
        .sid;
    serviceSid = await service({ InboundRequestUrl: CUSTOMER_URL, InboundMethod: "GET", UseInboundWebhookOnNumber: false });
    otherServiceSid = await service({});
    const number = await on.sandbox.control("POST", "numbers", {
      PhoneNumber: PHONE,
      SmsUrl: "https://customer.example.com/sms",
      SmsMethod: "POST",
    });
    numberSid = (number as { sid: string }).sid;
  });

  const context = (instanceState: Record<string, unknown> = {}, logger = recordingLogger().logger) => ({
    instanceState,
    webhookUrls: { [FLOW_NAME]: FLOW_URL },
    flow: { id: "flowId", name: FLOW_NAME, stableId: "incoming-sms" },
    logger,
  });
  const params = (messagingService: string, phoneNumber = "") => ({
    connection: authTokenConnection(on.sandbox.url),
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
  const updates = () => on.sandbox.requests.filter((req) => req.method === "POST");

  it("points the service's inbound request URL at the flow on deploy and puts the previous one back on delete", async () => {
    const state = await deploy(serviceSid);
    expect(await serviceNow(on.sandbox, serviceSid)).toMatchObject({ inbound_request_url: FLOW_URL, inbound_method: "POST" });
    expect(updates()[0].path).toBe(`/messaging/v1/Services/${serviceSid}`);
    expect(Object.fromEntries(updates()[0].form)).toEqual({ InboundRequestUrl: FLOW_URL, InboundMethod: "POST" });
    expect(state.twilioInboundUrlRegistration).toEqual({
      messagingServiceSid: serviceSid,
      friendlyName: "Appointment reminders",
      registeredUrl: FLOW_URL,
      previousInboundRequestUrl: CUSTOMER_URL,
      previousInboundMethod: "GET",
      numbersUseOwnUrl: false,
    });
    const { state: after } = await remove(state);
    expect(await serviceNow(on.sandbox, serviceSid)).toMatchObject({ inbound_request_url: CUSTOMER_URL, inbound_method: "GET" });
    expect(after).toEqual({});
  });

  it("turns inbound requests back off on delete when the service had none", async () => {
    const state = await deploy(otherServiceSid);
    await remove(state);
    expect(updates().at(-1)?.form.get("InboundRequestUrl")).toBe("");
    expect((await serviceNow(on.sandbox, otherServiceSid)).inbound_request_url).toBeNull();
  });

  it("leaves the service alone on delete when someone changed it in between, and says why", async () => {
    const state = await deploy(serviceSid);
    changeServiceInConsole(on.sandbox, serviceSid, { InboundRequestUrl: "https://someone-else.example.com/inbound" });
    const before = updates().length;
    const { lines } = await remove(state);
    expect(updates()).toHaveLength(before);
    expect((await serviceNow(on.sandbox, serviceSid)).inbound_request_url).toBe("https://someone-else.example.com/inbound");
    expect(lines.join("\n")).toContain("was changed after this instance registered it");
  });

  it("remembers the URL from before the first deploy across redeploys", async () => {
    const first = await deploy(serviceSid);
    const second = await deploy(serviceSid, first);
    expect(second.twilioInboundUrlRegistration).toMatchObject({ previousInboundRequestUrl: CUSTOMER_URL });
    await remove(second);
    expect(await serviceNow(on.sandbox, serviceSid)).toMatchObject({ inbound_request_url: CUSTOMER_URL, inbound_method: "GET" });
  });

  it("leaves the service pointing at the flow when it already did before registering, and says why", async () => {
    changeServiceInConsole(on.sandbox, serviceSid, { InboundRequestUrl: FLOW_URL, InboundMethod: "POST" });
    const state = await deploy(serviceSid);
    expect(updates()).toHaveLength(0);
    expect(state.twilioInboundUrlRegistration).toMatchObject({ previousInboundRequestUrl: null, previousInboundMethod: null });
    const { lines } = await remove(state);
    expect(updates()).toHaveLength(0);
    expect(lines.join("\n")).toContain("the URL it had before is unknown");
  });

  it("puts the first service back when a redeploy names another, or none", async () => {
    const first = await deploy(serviceSid);
    const second = await deploy(otherServiceSid, first);
    expect((await serviceNow(on.sandbox, serviceSid)).inbound_request_url).toBe(CUSTOMER_URL);
    expect((await serviceNow(on.sandbox, otherServiceSid)).inbound_request_url).toBe(FLOW_URL);
    const third = await deploy("", second);
    expect((await serviceNow(on.sandbox, otherServiceSid)).inbound_request_url).toBeNull();
    expect(third).toEqual({});
  });

  it("warns when the service sends its numbers' messages to each number's own URL instead", async () => {
    changeServiceInConsole(on.sandbox, serviceSid, { UseInboundWebhookOnNumber: true });
    const { lines, logger } = recordingLogger();
    await harness.triggerOnInstanceDeploy("webhook", params(serviceSid), context({}, logger));
    expect(lines.join("\n")).toContain("Use Inbound Webhook on Number");
  });

  it("keeps the phone number registration of an instance deployed before, beside the service's", async () => {
    const deployedBefore = {
      twilioSmsUrlRegistration: {
        phoneNumberSid: numberSid,
        phoneNumber: PHONE,
        registeredUrl: FLOW_URL,
        previousSmsUrl: "https://customer.example.com/sms",
        previousSmsMethod: "POST",
      },
      somethingElse: 1,
    };
    changeNumberInConsole(on.sandbox, numberSid, { SmsUrl: FLOW_URL });
    const state = await deploy(serviceSid, deployedBefore, numberSid);
    expect(state).toEqual({
      ...deployedBefore,
      twilioInboundUrlRegistration: expect.objectContaining({ messagingServiceSid: serviceSid }),
    });
    const { state: after } = await remove(state);
    expect((await numberNow(on.sandbox, numberSid)).sms_url).toBe("https://customer.example.com/sms");
    expect((await serviceNow(on.sandbox, serviceSid)).inbound_request_url).toBe(CUSTOMER_URL);
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
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("says at deploy time that the flow has no webhook URL, before any request", async () => {
    const noUrl = { instanceState: {}, webhookUrls: {}, flow: { id: "flowId", name: FLOW_NAME, stableId: "incoming-sms" } };
    const error = await failureOf(harness.triggerOnInstanceDeploy("webhook", params(serviceSid), noUrl));
    expect(error.message).toMatch(new RegExp(`^Could not point ${serviceSid} at this flow while deploying the instance`));
    expect(error.message).toContain('leave "Messaging Service to Register" empty');
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("does nothing on delete when it registered nothing, not even build a client", async () => {
    const result = await harness.triggerOnInstanceDelete("webhook", { connection: { key: "basic", fields: {} } }, context({ other: true }));
    expect(result?.instanceState).toEqual({ other: true });
    expect(on.sandbox.requests).toHaveLength(0);
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
