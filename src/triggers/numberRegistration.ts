import type { ActionContext } from "@prismatic-io/spectral";
import type { TwilioClient } from "../client/twilioClient";
import {
  registerSmsUrl,
  registerVoiceUrl,
  releaseSmsUrl,
  releaseVoiceUrl,
  type SmsUrlRegistration,
  type SmsUrlRelease,
  type VoiceUrlRegistration,
} from "../client/webhooks/numberUrlRegistration";

/**
 * The instance-state keys under which the deploy hook remembers what each of the number's URLs
 * held before. The SMS key and its shape are those of instances deployed before voice existed.
 */
const STATE_KEYS = { sms: "twilioSmsUrlRegistration", voice: "twilioVoiceUrlRegistration" } as const;

type UrlKind = keyof typeof STATE_KEYS;

type Saved = SmsUrlRegistration | VoiceUrlRegistration;

const KINDS: Record<
  UrlKind,
  {
    describe: string;
    register: (client: TwilioClient, phoneNumber: string, url: string, saved?: Saved) => Promise<Saved>;
    release: (client: TwilioClient, saved: Saved) => Promise<SmsUrlRelease>;
  }
> = {
  sms: {
    describe: "incoming-message URL",
    register: (client, number, url, saved) => registerSmsUrl(client, number, url, saved as SmsUrlRegistration | undefined),
    release: (client, saved) => releaseSmsUrl(client, saved as SmsUrlRegistration),
  },
  voice: {
    describe: "incoming-call URL",
    register: (client, number, url, saved) => registerVoiceUrl(client, number, url, saved as VoiceUrlRegistration | undefined),
    release: (client, saved) => releaseVoiceUrl(client, saved as VoiceUrlRegistration),
  },
};

/** Which of the number's URLs "Register For" points at the flow. Voice goes first: its check can refuse before anything changes. */
export function urlKinds(registerFor: "messages" | "calls" | "both"): UrlKind[] {
  return registerFor === "both" ? ["voice", "sms"] : registerFor === "calls" ? ["voice"] : ["sms"];
}

/** Says why the number was left as it is, when it was. */
function logRelease(context: ActionContext, kind: UrlKind, registration: Saved, outcome: SmsUrlRelease): void {
  const { describe } = KINDS[kind];
  if (outcome === "changedSince") {
    context.logger.warn(`Left ${registration.phoneNumber} alone: its ${describe} was changed after this instance registered it.`);
  }
  if (outcome === "previousUnknown") {
    context.logger.warn(
      `Left ${registration.phoneNumber} pointing at this flow: it already did when this instance registered it, so the URL it had before is unknown. Point it elsewhere at Twilio if it should not stay this way.`,
    );
  }
}

/**
 * Points the wanted URLs of the number at the flow and releases the others this instance had
 * registered, returning the instance state to keep. Without a target (no number), every registration is released.
 */
export async function deployRegistrations(
  context: ActionContext,
  client: TwilioClient,
  target: { phoneNumber: string; url: string; kinds: UrlKind[] } | undefined,
): Promise<Record<string, unknown>> {
  const state = { ...context.instanceState };
  for (const kind of ["voice", "sms"] as const) {
    const saved = state[STATE_KEYS[kind]] as Saved | undefined;
    if (target?.kinds.includes(kind)) {
      const registration = await KINDS[kind].register(client, target.phoneNumber, target.url, saved);
      state[STATE_KEYS[kind]] = registration;
      context.logger.info(`Pointed ${registration.phoneNumber}'s ${KINDS[kind].describe} at this flow.`);
    } else if (saved) {
      logRelease(context, kind, saved, await KINDS[kind].release(client, saved));
      delete state[STATE_KEYS[kind]];
    }
  }
  return state;
}

/** Puts back every URL this instance registered; undefined when it registered none. */
export async function deleteRegistrations(
  context: ActionContext,
  client: () => TwilioClient,
): Promise<Record<string, unknown> | undefined> {
  const state = { ...context.instanceState };
  let released = false;
  for (const kind of ["voice", "sms"] as const) {
    const saved = state[STATE_KEYS[kind]] as Saved | undefined;
    if (!saved) continue;
    logRelease(context, kind, saved, await KINDS[kind].release(client(), saved));
    delete state[STATE_KEYS[kind]];
    released = true;
  }
  return released ? state : undefined;
}
