import { REGISTERED_MESSAGING_SERVICE } from "../client/terms";
import { type InboundUrlRegistration, registerInboundRequestUrl, releaseInboundRequestUrl } from "../client/webhooks/serviceRegistration";
import type { Registrar } from "./registrations";

/**
 * A Messaging Service's InboundRequestUrl, remembered under a key of its own beside the phone
 * number's, so instances deployed before services could be registered keep their state as it is.
 */
export const SERVICE_REGISTRAR = {
  stateKey: "twilioInboundUrlRegistration",
  input: "Messaging Service to Register",
  refusedAs: REGISTERED_MESSAGING_SERVICE,
  setting: "inbound request URL",
  owner: (registration) => `Messaging Service ${registration.friendlyName} (${registration.messagingServiceSid})`,
  register: registerInboundRequestUrl,
  release: releaseInboundRequestUrl,
  caveat: (registration) =>
    registration.numbersUseOwnUrl
      ? `Messaging Service ${registration.messagingServiceSid} sends each number's incoming messages to the number's own SMS URL ("Use Inbound Webhook on Number" is on in Twilio Console), so its inbound request URL is not used: turn that off at Twilio, or set Phone Number to Register instead.`
      : undefined,
} satisfies Registrar<InboundUrlRegistration>;
