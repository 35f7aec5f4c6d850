import { refuseUnlessSenderReachesUs, SenderNotReadyError } from "../../../src/client/compliance/sendCheck";
import { TwilioApiError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

const LOCAL = "+14155550111";

describe("refuseUnlessSenderReachesUs", () => {
  const on = sandboxPerCase();
  beforeEach(async () => {
    await on.sandbox.control("POST", "numbers", { PhoneNumber: LOCAL });
  });
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));

  it("asks Twilio nothing when no recipient is North American, the sender is a channel address or there is no sender", async () => {
    await refuseUnlessSenderReachesUs(client(), { recipients: ["+447911123456"], sender: { from: LOCAL } });
    await refuseUnlessSenderReachesUs(client(), { recipients: ["+15558675310"], sender: { from: "whatsapp:+14155550111" } });
    await refuseUnlessSenderReachesUs(client(), { recipients: ["+15558675310"] });
    await refuseUnlessSenderReachesUs(client(), { recipients: ["not a number"], sender: { from: LOCAL } });
    expect(on.sandbox.requests).toEqual([]);
  });

  it("refuses a US send from a number in no Messaging Service, saying why and what to do", async () => {
    const error = await failureOf(refuseUnlessSenderReachesUs(client(), { recipients: ["+15558675310"], sender: { from: LOCAL } }));
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toContain(`Not sent: ${LOCAL} cannot text US numbers now (notInMessagingService).`);
    expect(error).toBeInstanceOf(SenderNotReadyError);
    expect(error.message).toContain("Add the number to a Messaging Service whose campaign is verified (the service's PhoneNumbers).");
    expect(on.sandbox.requests.filter((request) => request.method !== "GET")).toEqual([]);
  });

  it("counts a national number as North American with the default country code +1", async () => {
    await refuseUnlessSenderReachesUs(client(), { recipients: ["555 867 5310"], defaultCountryCode: "+44", sender: { from: LOCAL } });
    expect(on.sandbox.requests).toEqual([]);
    const error = await failureOf(
      refuseUnlessSenderReachesUs(client(), { recipients: ["555 867 5310"], defaultCountryCode: "+1", sender: { from: LOCAL } }),
    );
    expect(error.message).toContain("notInMessagingService");
  });

  it("checks the Messaging Service when the send goes through one, and lets a verified campaign send", async () => {
    const serviceSid = ((await on.sandbox.control("POST", "messaging-services", { FriendlyName: "Alerts" })) as { sid: string }).sid;
    const error = await failureOf(refuseUnlessSenderReachesUs(client(), { recipients: ["+15558675310"], messagingServiceSid: serviceSid }));
    expect(error.message).toContain(`${serviceSid} cannot text US numbers now (noCampaign)`);

    const brand = ((await on.sandbox.control("POST", "compliance/brand", { Status: "APPROVED" })) as { sid: string }).sid;
    await on.sandbox.control("POST", "compliance/campaign", {
      MessagingServiceSid: serviceSid,
      BrandRegistrationSid: brand,
      CampaignStatus: "VERIFIED",
    });
    await refuseUnlessSenderReachesUs(client(), { recipients: ["+15558675310"], sender: { messagingServiceSid: serviceSid } });
  });
});
