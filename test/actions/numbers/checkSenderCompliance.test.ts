import type { SenderCompliance } from "../../../src/client/compliance/senderCompliance";
import { authTokenConnection, failureOf, harness } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

const LOCAL = "+14155550111";
const TOLL_FREE = "+18335550112";
const CUSTOMER = "+15558675310";

/** Each US sender state, seeded in the sandbox Twilio (messaging v1 spec-checked), read through the component. */
describe("checkSenderCompliance and Check Sender First", () => {
  let serviceSid: string;
  let tollFreeSid: string;
  const on = sandboxPerCase();
  beforeEach(async () => {
    await on.sandbox.control("POST", "numbers", { PhoneNumber: LOCAL });
    tollFreeSid = ((await on.sandbox.control("POST", "numbers", { PhoneNumber: TOLL_FREE })) as { sid: string }).sid;
    serviceSid = (
      (await on.sandbox.control("POST", "messaging-services", { FriendlyName: "Alerts", PhoneNumbers: [LOCAL] })) as { sid: string }
    ).sid;
  });

  const connection = () => authTokenConnection(on.sandbox.url);
  const check = async (sender: string) =>
    ((await harness.action("checkSenderCompliance", { twilioConnection: connection(), sender })) as { data: SenderCompliance }).data;
  const register = async (brand: Record<string, unknown>, campaign?: Record<string, unknown>) => {
    const { sid } = (await on.sandbox.control("POST", "compliance/brand", brand)) as { sid: string };
    if (campaign)
      await on.sandbox.control("POST", "compliance/campaign", { MessagingServiceSid: serviceSid, BrandRegistrationSid: sid, ...campaign });
  };

  type Seed = Record<string, unknown> & { Errors?: string[] };
  it.each<[Seed, Seed | undefined, string, boolean]>([
    [{ Status: "APPROVED" }, { CampaignStatus: "VERIFIED" }, "campaignVerified", true],
    [{ Status: "APPROVED" }, { CampaignStatus: "IN_PROGRESS" }, "campaignPending", false],
    [{ Status: "APPROVED" }, { CampaignStatus: "FAILED", Errors: ["Sample messages do not match the use case"] }, "campaignFailed", false],
    [{ Status: "APPROVED" }, { CampaignStatus: "SUSPENDED" }, "campaignSuspended", false],
    [{ Status: "IN_REVIEW" }, { CampaignStatus: "IN_PROGRESS" }, "brandPending", false],
    [{ Status: "FAILED", Errors: ["Tax ID does not match"] }, { CampaignStatus: "IN_PROGRESS" }, "brandFailed", false],
    [{ Status: "SUSPENDED" }, { CampaignStatus: "VERIFIED" }, "brandSuspended", false],
    [{ Status: "APPROVED" }, undefined, "noCampaign", false],
  ])("A2P 10DLC: brand %j, campaign %j -> %s", async (brand, campaign, state, ready) => {
    await register(brand, campaign);
    const byNumber = await check(LOCAL);
    expect(byNumber).toMatchObject({ senderType: "tenDlc", state, readyForUS: ready, messagingServiceSid: serviceSid });
    expect(byNumber.explanation.length).toBeGreaterThan(20);
    expect(byNumber.nextStep === null).toBe(ready);
    expect(await check(serviceSid)).toMatchObject({ senderType: "messagingService", state, readyForUS: ready });
    const errors = [...(byNumber.campaign?.errors ?? []), ...(byNumber.brand?.errors ?? [])].join();
    expect(errors).toBe([...(campaign?.Errors ?? []), ...(brand.Errors ?? [])].map((text) => `30000: ${text}`).join());
  });

  it("a US local number in no Messaging Service is not covered by any campaign", async () => {
    await on.sandbox.control("POST", "numbers", { PhoneNumber: "+14155550113" });
    expect(await check("+14155550113")).toMatchObject({
      state: "notInMessagingService",
      readyForUS: false,
      messagingServiceSid: null,
      nextStep: "Add the number to a Messaging Service whose campaign is verified (Add Number to Messaging Service).",
    });
    const refused = await failureOf(
      harness.action("sendSMS", {
        twilioConnection: connection(),
        to: CUSTOMER,
        from: "+14155550113",
        message: "Hi",
        checkSenderFirst: true,
      }),
    );
    expect(refused.message).toMatch(
      /^Not sent: \+14155550113 cannot text US numbers now \(notInMessagingService\)\. .* Add the number to a Messaging Service whose campaign is verified \(Add Number to Messaging Service\)\.$/,
    );
  });

  it.each([
    [undefined, "tollFreeUnverified", false],
    ["PENDING_REVIEW", "tollFreePending", false],
    ["IN_REVIEW", "tollFreePending", false],
    ["TWILIO_REJECTED", "tollFreeRejected", false],
    ["TWILIO_APPROVED", "tollFreeVerified", true],
  ])("toll-free verification %s -> %s", async (status, state, ready) => {
    if (status) {
      await on.sandbox.control("POST", "compliance/tollfree", {
        TollfreePhoneNumberSid: tollFreeSid,
        Status: status,
        ...(status === "TWILIO_REJECTED" ? { RejectionReason: "Opt-in image missing", ErrorCode: 30451 } : {}),
      });
    }
    const result = await check(TOLL_FREE);
    expect(result).toMatchObject({ senderType: "tollFree", state, readyForUS: ready });
    if (status === "TWILIO_REJECTED")
      expect(result.tollFreeVerification).toMatchObject({ rejectionReason: "Opt-in image missing", errorCode: 30451, editAllowed: true });
  });

  it("short codes are ready, international senders are not", async () => {
    expect(await check("12345")).toMatchObject({ senderType: "shortCode", readyForUS: true });
    expect(await check("+447700900123")).toMatchObject({ senderType: "international", state: "notUsSender", readyForUS: false });
  });

  it("Check Sender First refuses a US send from an unregistered sender before anything is sent, and lets the others through", async () => {
    await register({ Status: "APPROVED" }, { CampaignStatus: "IN_PROGRESS" });
    const send = (inputs: Record<string, unknown>) =>
      harness.action("sendSMS", { twilioConnection: connection(), message: "Hi", checkSenderFirst: true, ...inputs });
    const refused = await failureOf(send({ to: CUSTOMER, from: LOCAL }));
    expect(refused.message).toMatch(/Not sent: \+14155550111 cannot text US numbers now \(campaignPending\).*Wait for the campaign review/);
    const bulk = await failureOf(
      harness.action("sendBulkSMS", {
        twilioConnection: connection(),
        recipients: ["+447700900123", CUSTOMER],
        from: TOLL_FREE,
        message: "Hi",
        checkSenderFirst: true,
      }),
    );
    expect(bulk.message).toMatch(/tollFreeUnverified/);
    expect(on.sandbox.created).toHaveLength(0);

    await send({ to: "+447700900123", from: LOCAL });
    await harness.action("sendSMS", { twilioConnection: connection(), message: "Hi", to: CUSTOMER, from: LOCAL });
    expect(on.sandbox.created).toHaveLength(2);
  });
});
