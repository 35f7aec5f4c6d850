import { checkSenderCompliance } from "../../../src/client/compliance/senderCompliance";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

const LOCAL = "+14155550111";
const TOLL_FREE = "+18335550112";

/** checkSenderCompliance on its own, against the sandbox's Messaging v1 (spec-checked): which requests it makes and what it reads. */
describe("checkSenderCompliance", () => {
  const on = sandboxPerCase();

  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const paths = () => on.sandbox.requests.map((request) => `${request.method} ${request.path}`);
  const control = async (path: string, body: Record<string, unknown>) =>
    ((await on.sandbox.control("POST", path, body)) as { sid: string }).sid;

  it("answers short codes and non-North-American senders without asking Twilio", async () => {
    expect(await checkSenderCompliance(client(), "12345")).toMatchObject({
      sender: "12345",
      senderType: "shortCode",
      state: "shortCode",
      readyForUS: true,
      nextStep: null,
      campaign: null,
      brand: null,
      tollFreeVerification: null,
    });
    expect(await checkSenderCompliance(client(), "+447911123456")).toMatchObject({ senderType: "international", state: "notUsSender" });
    expect(await checkSenderCompliance(client(), "AcmeCo")).toMatchObject({ senderType: "international", readyForUS: false });
    expect(on.sandbox.requests).toEqual([]);
  });

  it("finds the Messaging Service holding the number among several, and reads its campaign and brand", async () => {
    await on.sandbox.control("POST", "numbers", { PhoneNumber: LOCAL });
    await on.sandbox.control("POST", "numbers", { PhoneNumber: "+14155550199" });
    await control("messaging-services", { FriendlyName: "Other", PhoneNumbers: ["+14155550199"] });
    const serviceSid = await control("messaging-services", { FriendlyName: "Alerts", PhoneNumbers: [LOCAL] });
    const brandSid = await control("compliance/brand", { Status: "APPROVED", IdentityStatus: "VERIFIED" });
    const campaignSid = await control("compliance/campaign", {
      MessagingServiceSid: serviceSid,
      BrandRegistrationSid: brandSid,
      CampaignStatus: "VERIFIED",
    });

    const found = await checkSenderCompliance(client(), LOCAL);
    expect(found).toMatchObject({
      senderType: "tenDlc",
      state: "campaignVerified",
      readyForUS: true,
      messagingServiceSid: serviceSid,
      campaign: { sid: campaignSid, status: "VERIFIED", errors: [] },
      brand: { sid: brandSid, status: "APPROVED", identityStatus: "VERIFIED", errors: [] },
      tollFreeVerification: null,
    });
    expect(paths()).toEqual(
      expect.arrayContaining([
        "GET /messaging/v1/Services",
        `GET /messaging/v1/Services/${serviceSid}/Compliance/Usa2p`,
        `GET /messaging/v1/a2p/BrandRegistrations/${brandSid}`,
      ]),
    );
  });

  it("judges a campaign without a brand SID by the campaign alone, without reading a brand", async () => {
    const serviceSid = await control("messaging-services", { FriendlyName: "Alerts" });
    await control("compliance/campaign", { MessagingServiceSid: serviceSid, CampaignStatus: "IN_PROGRESS" });
    expect(await checkSenderCompliance(client(), serviceSid)).toMatchObject({
      senderType: "messagingService",
      state: "campaignPending",
      brand: null,
      messagingServiceSid: serviceSid,
    });
    expect(paths().filter((path) => path.includes("BrandRegistrations"))).toEqual([]);
  });

  it("a pending brand decides over a verified campaign, and registration errors are read as 'code: message'", async () => {
    const serviceSid = await control("messaging-services", { FriendlyName: "Alerts" });
    const brandSid = await control("compliance/brand", { Status: "IN_REVIEW", Errors: ["Website unreachable"] });
    await control("compliance/campaign", { MessagingServiceSid: serviceSid, BrandRegistrationSid: brandSid, CampaignStatus: "VERIFIED" });
    expect(await checkSenderCompliance(client(), serviceSid)).toMatchObject({
      state: "brandPending",
      readyForUS: false,
      brand: { errors: ["30000: Website unreachable"] },
    });
  });

  it("an approved toll-free verification wins over a later one still in review", async () => {
    const numberSid = await control("numbers", { PhoneNumber: TOLL_FREE });
    const approved = await control("compliance/tollfree", { TollfreePhoneNumberSid: numberSid, Status: "TWILIO_APPROVED" });
    await control("compliance/tollfree", { TollfreePhoneNumberSid: numberSid, Status: "IN_REVIEW" });
    const found = await checkSenderCompliance(client(), TOLL_FREE);
    expect(found).toMatchObject({ senderType: "tollFree", state: "tollFreeVerified", tollFreeVerification: { sid: approved } });
    const listed = on.sandbox.requests.find((request) => request.path === "/messaging/v1/Tollfree/Verifications");
    expect(listed?.query.get("TollfreePhoneNumberSid")).toBe(numberSid);
  });

  it("says which number it cannot find when the account does not own the sender", async () => {
    const error = await failureOf(checkSenderCompliance(client(), "+14155550177"));
    expect(error.message).toContain("+14155550177");
  });
});
