import { SpectralError } from "@prismatic-io/spectral";

import type {
  IncomingPhoneNumberContextUpdateOptions,
  IncomingPhoneNumberInstance,
} from "twilio/lib/rest/api/v2010/account/incomingPhoneNumber";
import { SID_PATTERNS } from "../identifiers/sids";
import { REGISTERED_NUMBER } from "../terms";
import { InputError } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";
import { pointSlot, restoreSlot, type SlotRegistration, type WebhookSlot } from "./registration";

/** What the deploy hook remembers so that deleting the instance can put the number back as it was. */
export interface SmsUrlRegistration {
  phoneNumberSid: string;
  phoneNumber: string;
  registeredUrl: string;
  /**
   * Null when the number already pointed at this flow and no registration was saved (instance
   * state lost, or the flow reinstalled): what it pointed at before is then unknown.
   */
  previousSmsUrl: string | null;
  previousSmsMethod: string | null;
}

/** The same for the number's incoming-call URL (VoiceUrl). */
export interface VoiceUrlRegistration {
  phoneNumberSid: string;
  phoneNumber: string;
  registeredUrl: string;
  previousVoiceUrl: string | null;
  previousVoiceMethod: string | null;
}

type SmsUrlRelease = "restored" | "changedSince" | "numberReleased" | "previousUnknown";

/** One of a number's webhook URLs, with its method: SmsUrl and SmsMethod, or VoiceUrl and VoiceMethod. */
interface NumberUrl {
  read(number: IncomingPhoneNumberInstance): { url: string | null; method: string | null };
  update(url: string, method: string): IncomingPhoneNumberContextUpdateOptions;
  /** Throws when the URL would not take effect, before anything at Twilio changes. */
  check?(number: IncomingPhoneNumberInstance): void;
}

const SMS_URL: NumberUrl = {
  read: (number) => ({ url: number.smsUrl ?? null, method: number.smsMethod ?? null }),
  update: (smsUrl, smsMethod) => ({ smsUrl, smsMethod }),
};

const VOICE_URL: NumberUrl = {
  read: (number) => ({ url: number.voiceUrl ?? null, method: number.voiceMethod ?? null }),
  update: (voiceUrl, voiceMethod) => ({ voiceUrl, voiceMethod }),
  // Twilio ignores VoiceUrl while a TwiML App or a SIP trunk takes the number's calls.
  check: (number) => {
    const owner = number.voiceApplicationSid
      ? `the TwiML App ${number.voiceApplicationSid}`
      : number.trunkSid
        ? `the SIP trunk ${number.trunkSid}`
        : "";
    if (owner) throw new VoiceUrlIgnoredError(number.phoneNumber, owner);
  },
};

/** Twilio would ignore the number's VoiceUrl: a TwiML App or a SIP trunk takes its calls. */
export class VoiceUrlIgnoredError extends SpectralError {
  constructor(phoneNumber: string, owner: string) {
    super(
      `Could not point ${phoneNumber}'s calls at this flow: ${owner} takes them, and Twilio would ignore the flow's URL. Remove it from the number's voice configuration at Twilio.`,
    );
    this.name = "VoiceUrlIgnoredError";
  }
}

/**
 * Points the number's SmsUrl at the flow and remembers what was there. A redeploy keeps the value
 * from before the first registration instead of remembering the flow's own URL.
 */
export async function registerSmsUrl(
  client: TwilioClient,
  phoneNumber: string,
  url: string,
  existing?: SmsUrlRegistration,
): Promise<SmsUrlRegistration> {
  const { previousUrl, previousMethod, ...registered } = await register(client, SMS_URL, phoneNumber, url, existing && fromSms(existing));
  return { ...registered, previousSmsUrl: previousUrl, previousSmsMethod: previousMethod };
}

/** Puts back the SmsUrl found at registration, under the rules of release(). */
export function releaseSmsUrl(client: TwilioClient, registration: SmsUrlRegistration): Promise<SmsUrlRelease> {
  return release(client, SMS_URL, fromSms(registration));
}

/** Points the number's VoiceUrl at the flow, as registerSmsUrl does its SmsUrl. */
export async function registerVoiceUrl(
  client: TwilioClient,
  phoneNumber: string,
  url: string,
  existing?: VoiceUrlRegistration,
): Promise<VoiceUrlRegistration> {
  const { previousUrl, previousMethod, ...registered } = await register(
    client,
    VOICE_URL,
    phoneNumber,
    url,
    existing && fromVoice(existing),
  );
  return { ...registered, previousVoiceUrl: previousUrl, previousVoiceMethod: previousMethod };
}

export function releaseVoiceUrl(client: TwilioClient, registration: VoiceUrlRegistration): Promise<SmsUrlRelease> {
  return release(client, VOICE_URL, fromVoice(registration));
}

interface UrlSetting {
  url: string;
  method: string;
}

type NumberRegistration = Omit<SmsUrlRegistration, "previousSmsUrl" | "previousSmsMethod"> & {
  previousUrl: string | null;
  previousMethod: string | null;
};

function fromSms({ previousSmsUrl, previousSmsMethod, ...registered }: SmsUrlRegistration): NumberRegistration {
  return { ...registered, previousUrl: previousSmsUrl, previousMethod: previousSmsMethod };
}

function fromVoice({ previousVoiceUrl, previousVoiceMethod, ...registered }: VoiceUrlRegistration): NumberRegistration {
  return { ...registered, previousUrl: previousVoiceUrl, previousMethod: previousVoiceMethod };
}

/** A number's SmsUrl or VoiceUrl as a slot; `find` fetches the number. */
function numberSlot(client: TwilioClient, field: NumberUrl, find: () => Promise<IncomingPhoneNumberInstance>) {
  return {
    fetch: find,
    sidOf: (number) => number.sid,
    urlOf: (number) => field.read(number).url,
    settingOf: (number) => {
      const { url, method } = field.read(number);
      return { url: url ?? "", method: method || "POST" };
    },
    point: async (number, url) => {
      const current = field.read(number);
      if (current.url !== url || current.method !== "POST") await client.incomingPhoneNumbers(number.sid).update(field.update(url, "POST"));
    },
    restore: async (sid, previous) => {
      await client.incomingPhoneNumbers(sid).update(field.update(previous.url, previous.method));
    },
  } satisfies WebhookSlot<IncomingPhoneNumberInstance, UrlSetting>;
}

function toSlotRegistration(registration: NumberRegistration): SlotRegistration<UrlSetting> {
  const { phoneNumberSid, registeredUrl, previousUrl, previousMethod } = registration;
  const previous = previousUrl === null || previousMethod === null ? null : { url: previousUrl, method: previousMethod };
  return { sid: phoneNumberSid, registeredUrl, previous };
}

async function register(
  client: TwilioClient,
  field: NumberUrl,
  phoneNumber: string,
  url: string,
  existing?: NumberRegistration,
): Promise<NumberRegistration> {
  if (existing && !sameNumber(existing, phoneNumber)) await release(client, field, existing);
  const slot = numberSlot(client, field, async () => {
    const number = await findIncomingNumber(client, phoneNumber);
    field.check?.(number);
    return number;
  });
  const { resource, registration } = await pointSlot(slot, url, existing && toSlotRegistration(existing));
  return {
    phoneNumberSid: resource.sid,
    phoneNumber: resource.phoneNumber,
    registeredUrl: url,
    previousUrl: registration.previous?.url ?? null,
    previousMethod: registration.previous?.method ?? null,
  };
}

async function release(client: TwilioClient, field: NumberUrl, registration: NumberRegistration): Promise<SmsUrlRelease> {
  const slot = numberSlot(client, field, () => client.incomingPhoneNumbers(registration.phoneNumberSid).fetch());
  const outcome = await restoreSlot(slot, toSlotRegistration(registration));
  return outcome === "gone" ? "numberReleased" : outcome;
}

function sameNumber(registration: NumberRegistration, phoneNumber: string): boolean {
  return registration.phoneNumberSid === phoneNumber || registration.phoneNumber === phoneNumber;
}

async function findIncomingNumber(client: TwilioClient, phoneNumber: string): Promise<IncomingPhoneNumberInstance> {
  if (SID_PATTERNS.phoneNumber.test(phoneNumber)) return client.incomingPhoneNumbers(phoneNumber).fetch();
  const matches = await client.incomingPhoneNumbers.list({
    phoneNumber,
    limit: 2,
  });
  const exact = matches.filter((number) => number.phoneNumber === phoneNumber);
  if (exact.length !== 1) {
    throw new InputError(REGISTERED_NUMBER, "a phone number of this Twilio account (E.164) or its SID (PN...)", phoneNumber);
  }
  return exact[0];
}
