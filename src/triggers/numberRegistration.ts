import { SpectralError } from "@prismatic-io/spectral";
import { REGISTERED_NUMBER } from "../client/terms";
import {
  registerSmsUrl,
  registerVoiceUrl,
  releaseSmsUrl,
  releaseVoiceUrl,
  type SmsUrlRegistration,
  VoiceUrlIgnoredError,
  type VoiceUrlRegistration,
} from "../client/webhooks/numberUrlRegistration";
import type { Registrar } from "./registrations";

const PHONE_NUMBER_TO_REGISTER = "Phone Number to Register";

/**
 * The number's SmsUrl and VoiceUrl, each remembered under a key of its own. The SMS key and its
 * shape are those of instances deployed before voice existed.
 */
export const NUMBER_REGISTRARS = {
  sms: {
    stateKey: "twilioSmsUrlRegistration",
    input: PHONE_NUMBER_TO_REGISTER,
    refusedAs: REGISTERED_NUMBER,
    setting: "incoming-message URL",
    owner: (registration) => registration.phoneNumber,
    register: registerSmsUrl,
    release: releaseSmsUrl,
  } satisfies Registrar<SmsUrlRegistration>,
  voice: {
    stateKey: "twilioVoiceUrlRegistration",
    input: PHONE_NUMBER_TO_REGISTER,
    refusedAs: REGISTERED_NUMBER,
    setting: "incoming-call URL",
    owner: (registration) => registration.phoneNumber,
    register: (client, phoneNumber, url, saved) => registerVoiceUrl(client, phoneNumber, url, saved).catch(offeringMessagesOnly),
    release: releaseVoiceUrl,
  } satisfies Registrar<VoiceUrlRegistration>,
};

/** Calls a TwiML App or a SIP trunk takes can stay with it: the builder can register the number for messages only. */
function offeringMessagesOnly(error: unknown): never {
  if (error instanceof VoiceUrlIgnoredError)
    throw new SpectralError(`${error.message.replace(/\.$/, "")}, or set "Register For" to messages only.`);
  throw error;
}

type UrlKind = keyof typeof NUMBER_REGISTRARS;

/** Which of the number's URLs "Register For" points at the flow. */
export function urlKinds(registerFor: "messages" | "calls" | "both"): UrlKind[] {
  return registerFor === "both" ? ["voice", "sms"] : registerFor === "calls" ? ["voice"] : ["sms"];
}
