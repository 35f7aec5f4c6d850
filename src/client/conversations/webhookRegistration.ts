import { checkedSid } from "../identifiers/sids";
import { TwilioApiError } from "../transport/errors";
import { requestJson } from "../transport/jsonRequest";
import type { TwilioClient } from "../twilioClient";
import { POST_EVENT_FILTERS } from "../webhooks/conversationEvents";
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

export type PostWebhookRelease = "restored" | "changedSince" | "serviceDeleted" | "previousUnknown";

interface WebhookConfigurationBody {
  post_webhook_url?: string | null;
  method?: string | null;
  filters?: string[] | null;
}

const configurationUrl = (serviceSid: string) =>
  conversationsUrl(`/v1/Services/${checkedSid("conversationService", serviceSid, "Conversation Service")}/Configuration/Webhooks`);

const read = (client: TwilioClient, serviceSid: string) =>
  requestJson<WebhookConfigurationBody>(client, { method: "get", uri: configurationUrl(serviceSid) });

const isNotFound = (error: unknown) => error instanceof TwilioApiError && error.details.status === 404;

/**
 * Points the service's post-event webhook at the flow, under the rules a phone number's SmsUrl
 * follows (webhooks/registration.ts): a redeploy keeps what was there before the first
 * registration; a service that already pointed here has an unknown previous value. The filters
 * are shared with pre-event webhooks, so the post events are added to those already set, never
 * put in their place.
 */
export async function registerPostWebhook(
  client: TwilioClient,
  serviceSid: string,
  url: string,
  existing?: PostWebhookRegistration,
): Promise<PostWebhookRegistration> {
  if (existing && existing.conversationServiceSid !== serviceSid) await releasePostWebhook(client, existing);
  const current = await read(client, serviceSid);
  const currentUrl = current.post_webhook_url ?? "";
  const currentFilters = current.filters ?? [];
  const stillOurs = existing?.conversationServiceSid === serviceSid && currentUrl === existing.registeredUrl;
  const previous = stillOurs
    ? { url: existing.previousPostWebhookUrl, method: existing.previousMethod, filters: existing.previousFilters }
    : currentUrl === url
      ? { url: null, method: null, filters: null }
      : { url: currentUrl, method: current.method || "POST", filters: currentFilters };
  const filters = [...new Set([...currentFilters, ...POST_EVENT_FILTERS])];
  await requestJson(client, {
    method: "post",
    uri: configurationUrl(serviceSid),
    data: { PostWebhookUrl: url, Method: "POST", Filters: filters },
  });
  return {
    conversationServiceSid: serviceSid,
    registeredUrl: url,
    previousPostWebhookUrl: previous.url,
    previousMethod: previous.method,
    previousFilters: previous.filters,
  };
}

/** Puts back the post-event webhook found at registration, unless it was changed since or what it had is unknown. */
export async function releasePostWebhook(client: TwilioClient, registration: PostWebhookRegistration): Promise<PostWebhookRelease> {
  let current: WebhookConfigurationBody;
  try {
    current = await read(client, registration.conversationServiceSid);
  } catch (error) {
    if (isNotFound(error)) return "serviceDeleted";
    throw error;
  }
  if ((current.post_webhook_url ?? "") !== registration.registeredUrl) return "changedSince";
  const { previousPostWebhookUrl, previousMethod, previousFilters } = registration;
  if (previousPostWebhookUrl === null || previousMethod === null || previousFilters === null) return "previousUnknown";
  const data: Record<string, string | string[]> = { PostWebhookUrl: previousPostWebhookUrl, Method: previousMethod };
  // An empty list cannot be sent as a form field: the added post-event filters then stay, unused without a URL.
  if (previousFilters.length > 0) data.Filters = previousFilters;
  await requestJson(client, { method: "post", uri: configurationUrl(registration.conversationServiceSid), data });
  return "restored";
}
