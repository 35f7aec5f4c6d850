import type { ServiceInstance } from "twilio/lib/rest/messaging/v1/service";
import { SID_PATTERNS } from "../identifiers/sids";
import { messagingServices } from "../messages/services";
import { InputError, isNotFound } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";

export const MESSAGING_SERVICE_TO_REGISTER = "Messaging Service to Register";

/** What the deploy hook remembers so that deleting the instance can put the service's inbound URL back. */
export interface InboundUrlRegistration {
  messagingServiceSid: string;
  friendlyName: string;
  registeredUrl: string;
  /** "" when inbound requests were off; null when the service already pointed at this flow, so what it had before is unknown. */
  previousInboundRequestUrl: string | null;
  previousInboundMethod: string | null;
  /** The service sends its numbers' messages to each number's own SMS URL instead (Use Inbound Webhook on Number). */
  numbersUseOwnUrl: boolean;
}

export type InboundUrlRelease = "restored" | "changedSince" | "serviceDeleted" | "previousUnknown";

/**
 * Points the service's InboundRequestUrl at the flow and remembers what was there, under the
 * rules a phone number's SmsUrl follows (registration.ts): a redeploy keeps the value from before
 * the first registration, and a service that already pointed here has an unknown previous value.
 */
export async function registerInboundRequestUrl(
  client: TwilioClient,
  serviceSid: string,
  url: string,
  existing?: InboundUrlRegistration,
): Promise<InboundUrlRegistration> {
  if (existing && existing.messagingServiceSid !== serviceSid) await releaseInboundRequestUrl(client, existing);
  const service = await fetchServiceToRegister(client, serviceSid);
  const current = service.inboundRequestUrl ?? "";
  const stillOurs = existing?.messagingServiceSid === service.sid && current === existing.registeredUrl;
  const previous = stillOurs
    ? { url: existing.previousInboundRequestUrl, method: existing.previousInboundMethod }
    : current === url
      ? { url: null, method: null }
      : { url: current, method: service.inboundMethod || "POST" };
  if (current !== url || service.inboundMethod !== "POST") {
    await (await messagingServices(client))(service.sid).update({ inboundRequestUrl: url, inboundMethod: "POST" });
  }
  return {
    messagingServiceSid: service.sid,
    friendlyName: service.friendlyName,
    registeredUrl: url,
    previousInboundRequestUrl: previous.url,
    previousInboundMethod: previous.method,
    numbersUseOwnUrl: Boolean(service.useInboundWebhookOnNumber),
  };
}

/** Puts back the InboundRequestUrl found at registration, unless the service was changed since or what it had is unknown. */
export async function releaseInboundRequestUrl(client: TwilioClient, registration: InboundUrlRegistration): Promise<InboundUrlRelease> {
  let service: ServiceInstance;
  try {
    service = await fetchService(client, registration.messagingServiceSid);
  } catch (error) {
    if (isNotFound(error)) return "serviceDeleted";
    throw error;
  }
  if ((service.inboundRequestUrl ?? "") !== registration.registeredUrl) return "changedSince";
  if (registration.previousInboundRequestUrl === null || registration.previousInboundMethod === null) return "previousUnknown";
  await (await messagingServices(client))(service.sid).update({
    inboundRequestUrl: registration.previousInboundRequestUrl,
    inboundMethod: registration.previousInboundMethod,
  });
  return "restored";
}

async function fetchService(client: TwilioClient, serviceSid: string): Promise<ServiceInstance> {
  if (!SID_PATTERNS.messagingService.test(serviceSid)) throw new InputError(MESSAGING_SERVICE_TO_REGISTER, SERVICE_EXPECTED, serviceSid);
  return (await messagingServices(client))(serviceSid).fetch();
}

const SERVICE_EXPECTED = 'a Messaging Service SID of this account: "MG" followed by 32 hexadecimal characters';

/** On deploy, a service the account does not have is the input's fault, said before anything changes. */
async function fetchServiceToRegister(client: TwilioClient, serviceSid: string): Promise<ServiceInstance> {
  try {
    return await fetchService(client, serviceSid);
  } catch (error) {
    if (isNotFound(error)) throw new InputError(MESSAGING_SERVICE_TO_REGISTER, SERVICE_EXPECTED, serviceSid);
    throw error;
  }
}
