import { iso8601 } from "../../core/clock";
import { SandboxError, twilioError } from "../../core/errors";

/** What the sandbox keeps of Sync, per account: services, their maps, the maps' items. */
export interface SyncItem {
  key: string;
  data: Record<string, unknown>;
  revision: number;
  expires: number | null;
  created: number;
  updated: number;
}
export interface SyncMap {
  sid: string;
  uniqueName: string;
  revision: number;
  expires: number | null;
  created: number;
  updated: number;
  items: Map<string, SyncItem>;
}
export interface SyncService {
  sid: string;
  uniqueName: string | null;
  fields: Record<string, unknown>;
  created: number;
  updated: number;
  maps: SyncMap[];
}

export const SYNC_HOST = "sync";
const MAX_TTL_SECONDS = 31_536_000;

/** A TTL in seconds as an expiry time: undefined when not given, null for "never" (0). */
export const expiry = (now: number, ttl: unknown): number | null | undefined => {
  if (ttl === undefined) return undefined;
  const seconds = Number(ttl);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_TTL_SECONDS) {
    throw new SandboxError(twilioError(400, 54011, `Invalid TTL: ${ttl}; expected 0 to ${MAX_TTL_SECONDS} seconds`));
  }
  return seconds === 0 ? null : now + seconds * 1000;
};

export const serviceJson = (accountSid: string, service: SyncService) => ({
  sid: service.sid,
  unique_name: service.uniqueName,
  account_sid: accountSid,
  friendly_name: (service.fields.FriendlyName as string | undefined) ?? null,
  date_created: iso8601(service.created),
  date_updated: iso8601(service.updated),
  url: `https://sync.twilio.com/v1/Services/${service.sid}`,
  webhook_url: (service.fields.WebhookUrl as string | undefined) ?? null,
  webhooks_from_rest_enabled: Boolean(service.fields.WebhooksFromRestEnabled ?? false),
  reachability_webhooks_enabled: Boolean(service.fields.ReachabilityWebhooksEnabled ?? false),
  acl_enabled: Boolean(service.fields.AclEnabled ?? false),
  reachability_debouncing_enabled: Boolean(service.fields.ReachabilityDebouncingEnabled ?? false),
  reachability_debouncing_window: Number(service.fields.ReachabilityDebouncingWindow ?? 5000),
  links: {
    documents: `https://sync.twilio.com/v1/Services/${service.sid}/Documents`,
    lists: `https://sync.twilio.com/v1/Services/${service.sid}/Lists`,
    maps: `https://sync.twilio.com/v1/Services/${service.sid}/Maps`,
    streams: `https://sync.twilio.com/v1/Services/${service.sid}/Streams`,
  },
});

const mapUrl = (service: SyncService, map: SyncMap) => `https://sync.twilio.com/v1/Services/${service.sid}/Maps/${map.sid}`;

export const mapJson = (accountSid: string, service: SyncService, map: SyncMap) => ({
  sid: map.sid,
  unique_name: map.uniqueName,
  account_sid: accountSid,
  service_sid: service.sid,
  url: mapUrl(service, map),
  links: { items: `${mapUrl(service, map)}/Items`, permissions: `${mapUrl(service, map)}/Permissions` },
  revision: String(map.revision),
  date_expires: map.expires === null ? null : iso8601(map.expires),
  date_created: iso8601(map.created),
  date_updated: iso8601(map.updated),
  created_by: "system",
});

export const itemJson = (accountSid: string, service: SyncService, map: SyncMap, item: SyncItem) => ({
  key: item.key,
  account_sid: accountSid,
  service_sid: service.sid,
  map_sid: map.sid,
  url: `${mapUrl(service, map)}/Items/${encodeURIComponent(item.key)}`,
  revision: String(item.revision),
  data: item.data,
  date_expires: item.expires === null ? null : iso8601(item.expires),
  date_created: iso8601(item.created),
  date_updated: iso8601(item.updated),
  created_by: "system",
});
