import { checkedSid } from "../identifiers/sids";
import { REGISTERED_CONVERSATION_SERVICE } from "../terms";
import { requestJson } from "../transport/jsonRequest";
import type { TwilioClient } from "../twilioClient";
import { POST_EVENT_FILTERS } from "../webhooks/conversationEvents";
import { pointSlot, restoreSlot, type SlotRegistration, type WebhookSlot } from "../webhooks/registration";
import { conversationsUrl } from "./scope";

/** What the deploy hook remembers so that deleting the instance can put the service's post-event webhook back. */
export interface PostWebhookRegistration {
  conversationServiceSid: string;
  registeredUrl: string;
  /** "" when there was none; null when the service already pointed at this flow, so what it had before is unknown. */
  previousPostWebhookUrl: string | null;
  previousMethod: string | null;
  previousFilters: string[] | null;
}

type PostWebhookRelease = "restored" | "changedSince" | "serviceDeleted" | "previousUnknown";

interface WebhookConfigurationBody {
  post_webhook_url?: string | null;
  method?: string | null;
  filters?: string[] | null;
}

const configurationUrl = (serviceSid: string) =>
  conversationsUrl(`/v1/Services/${checkedSid("conversationService", serviceSid, REGISTERED_CONVERSATION_SERVICE)}/Configuration/Webhooks`);

const read = (client: TwilioClient, serviceSid: string) =>
  requestJson<WebhookConfigurationBody>(client, { method: "get", uri: configurationUrl(serviceSid) });

interface PostWebhookSetting {
  url: string;
  method: string;
  filters: string[];
}

/** The service's post-event webhook as a slot of the one registration algorithm (webhooks/registration.ts). */
function postWebhookSlot(client: TwilioClient, serviceSid: string) {
  return {
    fetch: () => read(client, serviceSid),
    sidOf: () => serviceSid,
    urlOf: (current) => current.post_webhook_url ?? "",
    settingOf: (current) => ({ url: current.post_webhook_url ?? "", method: current.method || "POST", filters: current.filters ?? [] }),
    // The filters are shared with pre-event webhooks, so the post events are added to those already set, never put in their place.
    point: async (current, url) => {
      const filters = [...new Set([...(current.filters ?? []), ...POST_EVENT_FILTERS])];
      await requestJson(client, {
        method: "post",
        uri: configurationUrl(serviceSid),
        data: { PostWebhookUrl: url, Method: "POST", Filters: filters },
      });
    },
    restore: async (sid, previous) => {
      const data: Record<string, string | string[]> = { PostWebhookUrl: previous.url, Method: previous.method };
      // An empty list cannot be sent as a form field: the added post-event filters then stay, unused without a URL.
      if (previous.filters.length > 0) data.Filters = previous.filters;
      await requestJson(client, { method: "post", uri: configurationUrl(sid), data });
    },
  } satisfies WebhookSlot<WebhookConfigurationBody, PostWebhookSetting>;
}

function toSlotRegistration(registration: PostWebhookRegistration): SlotRegistration<PostWebhookSetting> {
  const {
    conversationServiceSid,
    registeredUrl,
    previousPostWebhookUrl: url,
    previousMethod: method,
    previousFilters: filters,
  } = registration;
  return {
    sid: conversationServiceSid,
    registeredUrl,
    previous: url === null || method === null || filters === null ? null : { url, method, filters },
  };
}

/**
 * Points the service's post-event webhook at the flow, by the one registration algorithm a phone
 * number's SmsUrl follows too (pointSlot): a redeploy keeps what was there before the first
 * registration; a service that already pointed here has an unknown previous value.
 */
export async function registerPostWebhook(
  client: TwilioClient,
  serviceSid: string,
  url: string,
  existing?: PostWebhookRegistration,
): Promise<PostWebhookRegistration> {
  if (existing && existing.conversationServiceSid !== serviceSid) await releasePostWebhook(client, existing);
  const { registration } = await pointSlot(postWebhookSlot(client, serviceSid), url, existing && toSlotRegistration(existing));
  return {
    conversationServiceSid: serviceSid,
    registeredUrl: url,
    previousPostWebhookUrl: registration.previous?.url ?? null,
    previousMethod: registration.previous?.method ?? null,
    previousFilters: registration.previous?.filters ?? null,
  };
}

/** Puts back the post-event webhook found at registration, unless it was changed since or what it had is unknown (restoreSlot). */
export async function releasePostWebhook(client: TwilioClient, registration: PostWebhookRegistration): Promise<PostWebhookRelease> {
  const outcome = await restoreSlot(postWebhookSlot(client, registration.conversationServiceSid), toSlotRegistration(registration));
  return outcome === "gone" ? "serviceDeleted" : outcome;
}
