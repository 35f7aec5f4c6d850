import type { ServiceInstance } from "twilio/lib/rest/messaging/v1/service";
import { SID_PATTERNS } from "../identifiers/sids";
import { messagingServices } from "../messages/services";
import { REGISTERED_MESSAGING_SERVICE } from "../terms";
import { InputError, isNotFound } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";
import { pointSlot, restoreSlot, type WebhookSlot } from "./registration";

/** What a service the account does not have is refused as (the trigger names its input). */
const SERVICE_SID = REGISTERED_MESSAGING_SERVICE;

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

type InboundUrlRelease = "restored" | "changedSince" | "serviceDeleted" | "previousUnknown";

/** A service's InboundRequestUrl and InboundMethod as a slot; `find` fetches the service. */
function inboundUrlSlot(client: TwilioClient, find: () => Promise<ServiceInstance>) {
  return {
    fetch: find,
    sidOf: (service) => service.sid,
    urlOf: (service) => service.inboundRequestUrl ?? "",
    settingOf: (service) => ({ url: service.inboundRequestUrl ?? "", method: service.inboundMethod || "POST" }),
    point: async (service, url) => {
      if ((service.inboundRequestUrl ?? "") !== url || service.inboundMethod !== "POST") {
        await (await messagingServices(client))(service.sid).update({ inboundRequestUrl: url, inboundMethod: "POST" });
      }
    },
    restore: async (sid, previous) => {
      await (await messagingServices(client))(sid).update({ inboundRequestUrl: previous.url, inboundMethod: previous.method });
    },
  } satisfies WebhookSlot<ServiceInstance, { url: string; method: string }>;
}

function toSlotRegistration(registration: InboundUrlRegistration) {
  const { messagingServiceSid, registeredUrl, previousInboundRequestUrl: url, previousInboundMethod: method } = registration;
  return { sid: messagingServiceSid, registeredUrl, previous: url === null || method === null ? null : { url, method } };
}

/**
 * Points the service's InboundRequestUrl at the flow and remembers what was there, by the one
 * registration algorithm (pointSlot) a phone number's SmsUrl follows too.
 */
export async function registerInboundRequestUrl(
  client: TwilioClient,
  serviceSid: string,
  url: string,
  existing?: InboundUrlRegistration,
): Promise<InboundUrlRegistration> {
  if (existing && existing.messagingServiceSid !== serviceSid) await releaseInboundRequestUrl(client, existing);
  const slot = inboundUrlSlot(client, () => fetchServiceToRegister(client, serviceSid));
  const { resource: service, registration } = await pointSlot(slot, url, existing && toSlotRegistration(existing));
  return {
    messagingServiceSid: service.sid,
    friendlyName: service.friendlyName,
    registeredUrl: url,
    previousInboundRequestUrl: registration.previous?.url ?? null,
    previousInboundMethod: registration.previous?.method ?? null,
    numbersUseOwnUrl: Boolean(service.useInboundWebhookOnNumber),
  };
}

/** Puts back the InboundRequestUrl found at registration, unless the service was changed since or what it had is unknown (restoreSlot). */
export async function releaseInboundRequestUrl(client: TwilioClient, registration: InboundUrlRegistration): Promise<InboundUrlRelease> {
  const slot = inboundUrlSlot(client, () => fetchService(client, registration.messagingServiceSid));
  const outcome = await restoreSlot(slot, toSlotRegistration(registration));
  return outcome === "gone" ? "serviceDeleted" : outcome;
}

async function fetchService(client: TwilioClient, serviceSid: string): Promise<ServiceInstance> {
  if (!SID_PATTERNS.messagingService.test(serviceSid)) throw new InputError(SERVICE_SID, SERVICE_EXPECTED, serviceSid);
  return (await messagingServices(client))(serviceSid).fetch();
}

const SERVICE_EXPECTED = 'a Messaging Service SID of this account: "MG" followed by 32 hexadecimal characters';

/** On deploy, a service the account does not have is refused as such, before anything changes. */
async function fetchServiceToRegister(client: TwilioClient, serviceSid: string): Promise<ServiceInstance> {
  try {
    return await fetchService(client, serviceSid);
  } catch (error) {
    if (isNotFound(error)) throw new InputError(SERVICE_SID, SERVICE_EXPECTED, serviceSid);
    throw error;
  }
}
