import { CONVERSATION_REGISTRAR } from "../../src/triggers/conversationRegistration";
import { SERVICE_REGISTRAR } from "../../src/triggers/inboundUrlRegistration";
import { NUMBER_REGISTRARS } from "../../src/triggers/numberRegistration";
import { registrationTarget } from "../../src/triggers/registrations";

const FLOW_URL = "https://hooks.example.prismatic.io/trigger/SW5zdGFuY2VGbG93";

describe("registrationTarget", () => {
  it("is the flow's webhook URL for the number or service set, and nothing for none", () => {
    expect(registrationTarget(NUMBER_REGISTRARS.sms, "+15017122661", FLOW_URL)).toEqual({ id: "+15017122661", url: FLOW_URL });
    expect(registrationTarget(SERVICE_REGISTRAR, undefined, undefined)).toBeUndefined();
  });

  it("fails the deploy without one, naming the inputs to set", () => {
    expect(() => registrationTarget(NUMBER_REGISTRARS.voice, "+15017122661", undefined)).toThrow(
      /^Could not point \+15017122661 at this flow while deploying the instance: the flow has no webhook URL\. Set "Public Webhook URL".*leave "Phone Number to Register" empty/,
    );
    expect(() => registrationTarget(SERVICE_REGISTRAR, "MG123", undefined)).toThrow(/leave "Messaging Service to Register" empty/);
    expect(() => registrationTarget(CONVERSATION_REGISTRAR, "IS123", undefined)).toThrow(/leave "Conversation Service to Register" empty/);
  });
});
