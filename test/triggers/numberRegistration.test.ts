import { InputError } from "../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness, recordingLogger } from "../support/harness";
import { sandboxPerCase } from "../support/sandbox";

const FLOW_NAME = "Incoming texts and calls";
const FLOW_URL = "https://hooks.example.prismatic.io/trigger/SW5zdGFuY2VGbG93Q29uZmlnOjE";
const PHONE = "+15017122661";
const BEFORE = { SmsUrl: "https://customer.example.com/sms", VoiceUrl: "https://customer.example.com/voice" };

/** The webhook trigger's deploy and delete hooks pointing a number of the sandbox's at the flow, and putting it back. */
describe("webhook trigger: a phone number's SMS and voice URLs on the sandbox", () => {
  let numberSid: string;
  const on = sandboxPerCase();
  beforeEach(async () => {
    numberSid = ((await on.sandbox.control("POST", "numbers", { PhoneNumber: PHONE, ...BEFORE })) as { sid: string }).sid;
  });

  const kept = () => on.sandbox.inspect<{ sid: string; fields: Record<string, string> }[]>("numbers", ACCOUNT_SID)?.[0].fields ?? {};
  const context = (instanceState: Record<string, unknown> = {}, logger = recordingLogger().logger) => ({
    instanceState,
    webhookUrls: { [FLOW_NAME]: FLOW_URL },
    flow: { id: "flowId", name: FLOW_NAME, stableId: "incoming" },
    logger,
  });
  const params = (inputs: Record<string, unknown>) => ({ connection: authTokenConnection(on.sandbox.url), ...inputs });
  const deploy = async (inputs: Record<string, unknown>, instanceState?: Record<string, unknown>) =>
    (await harness.triggerOnInstanceDeploy("webhook", params(inputs), context(instanceState)))?.instanceState ?? {};
  const remove = async (instanceState: Record<string, unknown>) => {
    const { lines, logger } = recordingLogger();
    const state = (await harness.triggerOnInstanceDelete("webhook", params({}), context(instanceState, logger)))?.instanceState;
    return { lines, state };
  };

  it("points both URLs at the flow, releases the voice URL when Register For narrows to messages, and puts the rest back on delete", async () => {
    const both = await deploy({ phoneNumber: "+1 (501) 712-2661", registerFor: "both" });
    expect(kept()).toMatchObject({ SmsUrl: FLOW_URL, VoiceUrl: FLOW_URL });
    expect(Object.keys(both).sort()).toEqual(["twilioSmsUrlRegistration", "twilioVoiceUrlRegistration"]);

    const messagesOnly = await deploy({ phoneNumber: numberSid, registerFor: "messages" }, both);
    expect(kept()).toMatchObject({ SmsUrl: FLOW_URL, VoiceUrl: BEFORE.VoiceUrl });
    expect(Object.keys(messagesOnly)).toEqual(["twilioSmsUrlRegistration"]);
    expect(messagesOnly.twilioSmsUrlRegistration).toEqual(both.twilioSmsUrlRegistration);

    const { state } = await remove(messagesOnly);
    expect(kept()).toMatchObject(BEFORE);
    expect(state).toEqual({});
  });

  it("leaves a URL someone changed since alone on delete, and says why", async () => {
    const state = await deploy({ phoneNumber: PHONE, registerFor: "calls" });
    expect(kept()).toMatchObject({ SmsUrl: BEFORE.SmsUrl, VoiceUrl: FLOW_URL });
    await harness.action("updatePhoneNumber", {
      twilioConnection: authTokenConnection(on.sandbox.url),
      phoneNumber: PHONE,
      voiceUrl: "https://other.example.com/voice",
    });
    const { lines, state: after } = await remove(state);
    expect(kept().VoiceUrl).toBe("https://other.example.com/voice");
    expect(lines.join("\n")).toContain(`Left ${PHONE} alone: its incoming-call URL was changed after this instance registered it.`);
    expect(after).toEqual({});
  });

  it("keeps the flow's URL on delete when the number already pointed at the flow before the first deploy", async () => {
    await harness.action("updatePhoneNumber", {
      twilioConnection: authTokenConnection(on.sandbox.url),
      phoneNumber: PHONE,
      smsUrl: FLOW_URL,
    });
    const state = await deploy({ phoneNumber: PHONE });
    const { lines } = await remove(state);
    expect(kept().SmsUrl).toBe(FLOW_URL);
    expect(lines.join("\n")).toContain("the URL it had before is unknown");
  });

  it("refuses a number that is none before any request, and a number of another account naming the input", async () => {
    const error = await failureOf(deploy({ phoneNumber: "front desk" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Phone Number to Register"');
    expect(on.sandbox.requests).toHaveLength(0);

    const unknown = await failureOf(deploy({ phoneNumber: "+12125550199" }));
    expect(unknown.message).toContain("Phone Number to Register");
    expect(kept()).toMatchObject(BEFORE);
  });
});
