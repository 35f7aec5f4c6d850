import { SpectralError } from "@prismatic-io/spectral";
import RestException from "twilio/lib/base/RestException";
import type { IncomingPhoneNumberInstance } from "twilio/lib/rest/api/v2010/account/incomingPhoneNumber";
import { SID_PATTERNS } from "../identifiers";
import { InputError } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";

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

export type SmsUrlRelease = "restored" | "changedSince" | "numberReleased" | "previousUnknown";

/** The URL to point the number at on deploy. Without one, the deploy fails saying so, before anything at Twilio changes. */
export function urlToRegister(target: string, webhookUrl: string | undefined, input = "Phone Number to Register"): string {
  if (webhookUrl) return webhookUrl;
  throw new SpectralError(
    `Could not point ${target} at this flow while deploying the instance: the flow has no webhook URL. Set "Public Webhook URL" to the URL Twilio should call, or leave "${input}" empty and configure it at Twilio yourself.`,
  );
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
  if (existing && !sameNumber(existing, phoneNumber)) await releaseSmsUrl(client, existing);
  const number = await findIncomingNumber(client, phoneNumber);
  const stillOurs = existing && existing.phoneNumberSid === number.sid && number.smsUrl === existing.registeredUrl;
  const previous = stillOurs
    ? { smsUrl: existing.previousSmsUrl, smsMethod: existing.previousSmsMethod }
    : number.smsUrl === url
      ? { smsUrl: null, smsMethod: null }
      : { smsUrl: number.smsUrl ?? "", smsMethod: number.smsMethod || "POST" };
  if (number.smsUrl !== url || number.smsMethod !== "POST") {
    await client.incomingPhoneNumbers(number.sid).update({ smsUrl: url, smsMethod: "POST" });
  }
  return {
    phoneNumberSid: number.sid,
    phoneNumber: number.phoneNumber,
    registeredUrl: url,
    previousSmsUrl: previous.smsUrl,
    previousSmsMethod: previous.smsMethod,
  };
}

/**
 * Puts back the SmsUrl found at registration, unless someone has pointed the number elsewhere
 * since, or what was there before is unknown: restoring a guess could break someone else's setup.
 */
export async function releaseSmsUrl(client: TwilioClient, registration: SmsUrlRegistration): Promise<SmsUrlRelease> {
  let number: IncomingPhoneNumberInstance;
  try {
    number = await client.incomingPhoneNumbers(registration.phoneNumberSid).fetch();
  } catch (error) {
    if (error instanceof RestException && error.status === 404) return "numberReleased";
    throw error;
  }
  if (number.smsUrl !== registration.registeredUrl) return "changedSince";
  if (registration.previousSmsUrl === null || registration.previousSmsMethod === null) return "previousUnknown";
  await client.incomingPhoneNumbers(registration.phoneNumberSid).update({
    smsUrl: registration.previousSmsUrl,
    smsMethod: registration.previousSmsMethod,
  });
  return "restored";
}

function sameNumber(registration: SmsUrlRegistration, phoneNumber: string): boolean {
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
    throw new InputError("Phone Number to Register", "a phone number of this Twilio account (E.164) or its SID (PN...)", phoneNumber);
  }
  return exact[0];
}
