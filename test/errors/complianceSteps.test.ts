import type { SenderCompliance } from "../../src/client/compliance/senderCompliance";
import { STATES } from "../../src/client/compliance/states";
import { withActionSteps } from "../../src/errors/complianceSteps";

const compliance = (state: SenderCompliance["state"]): SenderCompliance => ({
  sender: "+14155550113",
  senderType: "tenDlc",
  ...STATES[state],
  state,
  messagingServiceSid: null,
  campaign: null,
  brand: null,
  tollFreeVerification: null,
});

describe("withActionSteps", () => {
  it("names the action that adds a number to a Messaging Service, where the client says it in Twilio's terms", () => {
    expect(compliance("notInMessagingService").nextStep).toBe(
      "Add the number to a Messaging Service whose campaign is verified (the service's PhoneNumbers).",
    );
    expect(withActionSteps(compliance("notInMessagingService")).nextStep).toBe(
      "Add the number to a Messaging Service whose campaign is verified (Add Number to Messaging Service).",
    );
  });

  it("leaves every other next step as the client says it", () => {
    const pending = compliance("tollFreePending");
    expect(withActionSteps(pending)).toEqual(pending);
  });
});
