import { iso8601 } from "../core/clock";
import { SandboxError, twilioError } from "../core/errors";
import { v1Page } from "../core/paging";
import type { ProductFactory, SandboxContext, SandboxRequest } from "../core/types";

/**
 * Sync (sync.twilio.com): services, maps and map items, with Twilio's semantics where a claim
 * store depends on them: creating an item whose key exists is refused (409, 54208), a mutation
 * with an If-Match that is not the item's revision is refused (412, 54205), and items and maps
 * with a TTL vanish once the sandbox clock passes their expiry.
 */
interface SyncItem {
  key: string;
  data: Record<string, unknown>;
  revision: number;
  expires: number | null;
  created: number;
  updated: number;
}
interface SyncMap {
  sid: string;
  uniqueName: string;
  revision: number;
  expires: number | null;
  created: number;
  updated: number;
  items: Map<string, SyncItem>;
}
interface SyncService {
  sid: string;
  uniqueName: string | null;
  fields: Record<string, unknown>;
  created: number;
  updated: number;
  maps: SyncMap[];
}

const HOST = "sync";
const MAX_TTL_SECONDS = 31_536_000;
const syncServices = (context: SandboxContext, accountSid: string): SyncService[] => context.state("sync", accountSid, () => []);

const expiry = (now: number, ttl: unknown): number | null | undefined => {
  if (ttl === undefined) return undefined;
  const seconds = Number(ttl);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_TTL_SECONDS) {
    throw new SandboxError(twilioError(400, 54011, `Invalid TTL: ${ttl}; expected 0 to ${MAX_TTL_SECONDS} seconds`));
  }
  return seconds === 0 ? null : now + seconds * 1000;
};

export const sync: ProductFactory = (context) => {
  const now = () => context.clock.now();
  const alive = (thing: { expires: number | null }) => thing.expires === null || thing.expires > now();

  const serviceJson = (accountSid: string, service: SyncService) => ({
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
  const mapJson = (accountSid: string, service: SyncService, map: SyncMap) => ({
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
  const itemJson = (accountSid: string, service: SyncService, map: SyncMap, item: SyncItem) => ({
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

  const service = (request: SandboxRequest, id = request.params.ServiceSid ?? request.params.Sid) => {
    const found = syncServices(context, request.account.sid).find((candidate) => candidate.sid === id || candidate.uniqueName === id);
    if (!found) throw new SandboxError(twilioError(404, 20404, `The requested resource /Services/${id} was not found`));
    return found;
  };
  const map = (request: SandboxRequest, owner: SyncService, id = request.params.MapSid ?? request.params.Sid) => {
    const found = owner.maps.find((candidate) => alive(candidate) && (candidate.sid === id || candidate.uniqueName === id));
    if (!found) throw new SandboxError(twilioError(404, 54100, `Map ${id} not found`));
    return found;
  };
  const item = (owner: SyncMap, key: string) => {
    const found = owner.items.get(key);
    if (!found || !alive(found)) throw new SandboxError(twilioError(404, 54201, `Map Item ${key} not found`));
    return found;
  };
  const checkRevision = (request: SandboxRequest, current: SyncItem) => {
    const ifMatch = request.headers["if-match"];
    if (ifMatch !== undefined && ifMatch !== String(current.revision)) {
      throw new SandboxError(twilioError(412, 54205, `The revision of the Map Item does not match the expected revision: ${ifMatch}`));
    }
  };
  const itemAnswer = (status: number, request: SandboxRequest, owner: SyncService, syncMap: SyncMap, stored: SyncItem) => ({
    status,
    json: itemJson(request.account.sid, owner, syncMap, stored),
    headers: { etag: String(stored.revision) },
  });
  const touch = (syncMap: SyncMap, collectionTtl: unknown) => {
    syncMap.revision += 1;
    syncMap.updated = now();
    const expires = expiry(now(), collectionTtl);
    if (expires !== undefined) syncMap.expires = expires;
  };

  const services = "/v1/Services";
  const maps = `${services}/{ServiceSid}/Maps`;
  const items = `${maps}/{MapSid}/Items`;
  return {
    name: "sync",
    spec: "twilio_sync_v1.json",
    prefix: `/${HOST}`,
    routes: [
      {
        method: "POST",
        path: services,
        handle: (request) => {
          const created: SyncService = {
            sid: context.sid("IS"),
            uniqueName: null,
            fields: request.body,
            created: now(),
            updated: now(),
            maps: [],
          };
          syncServices(context, request.account.sid).push(created);
          return { status: 201, json: serviceJson(request.account.sid, created) };
        },
      },
      {
        method: "GET",
        path: services,
        handle: (request) => ({
          status: 200,
          json: v1Page(
            request,
            HOST,
            "services",
            syncServices(context, request.account.sid).map((one) => serviceJson(request.account.sid, one)),
          ),
        }),
      },
      {
        method: "GET",
        path: `${services}/{Sid}`,
        handle: (request) => ({ status: 200, json: serviceJson(request.account.sid, service(request)) }),
      },
      {
        method: "POST",
        path: `${services}/{Sid}`,
        handle: (request) => {
          const found = service(request);
          Object.assign(found.fields, request.body);
          found.updated = now();
          return { status: 200, json: serviceJson(request.account.sid, found) };
        },
      },
      {
        method: "DELETE",
        path: `${services}/{Sid}`,
        handle: (request) => {
          const all = syncServices(context, request.account.sid);
          all.splice(all.indexOf(service(request)), 1);
          return { status: 204 };
        },
      },
      {
        method: "POST",
        path: maps,
        handle: (request) => {
          const owner = service(request);
          const uniqueName = request.body.UniqueName === undefined ? null : String(request.body.UniqueName);
          if (uniqueName && owner.maps.some((candidate) => alive(candidate) && candidate.uniqueName === uniqueName)) {
            throw new SandboxError(twilioError(409, 54301, `Unique name already exists: ${uniqueName}`));
          }
          const sid = context.sid("MP");
          const created: SyncMap = {
            sid,
            uniqueName: uniqueName ?? sid,
            revision: 0,
            expires: expiry(now(), request.body.CollectionTtl ?? request.body.Ttl) ?? null,
            created: now(),
            updated: now(),
            items: new Map(),
          };
          owner.maps.push(created);
          return { status: 201, json: mapJson(request.account.sid, owner, created) };
        },
      },
      {
        method: "GET",
        path: maps,
        handle: (request) => {
          const owner = service(request);
          const live = owner.maps.filter(alive).map((one) => mapJson(request.account.sid, owner, one));
          return { status: 200, json: v1Page(request, HOST, "maps", live) };
        },
      },
      {
        method: "GET",
        path: `${maps}/{Sid}`,
        handle: (request) => {
          const owner = service(request);
          return { status: 200, json: mapJson(request.account.sid, owner, map(request, owner)) };
        },
      },
      {
        method: "POST",
        path: `${maps}/{Sid}`,
        handle: (request) => {
          const owner = service(request);
          const found = map(request, owner);
          touch(found, request.body.CollectionTtl ?? request.body.Ttl);
          return { status: 200, json: mapJson(request.account.sid, owner, found) };
        },
      },
      {
        method: "DELETE",
        path: `${maps}/{Sid}`,
        handle: (request) => {
          const owner = service(request);
          owner.maps.splice(owner.maps.indexOf(map(request, owner)), 1);
          return { status: 204 };
        },
      },
      {
        method: "POST",
        path: items,
        handle: (request) => {
          const owner = service(request);
          const syncMap = map(request, owner);
          const key = String(request.body.Key);
          const existing = syncMap.items.get(key);
          if (existing && alive(existing)) throw new SandboxError(twilioError(409, 54208, `Map Item with key ${key} already exists`));
          const ttl = request.body.ItemTtl ?? request.body.Ttl;
          const stored: SyncItem = {
            key,
            data: request.body.Data as Record<string, unknown>,
            revision: 0,
            expires: expiry(now(), ttl) ?? null,
            created: now(),
            updated: now(),
          };
          syncMap.items.set(key, stored);
          touch(syncMap, request.body.CollectionTtl);
          return itemAnswer(201, request, owner, syncMap, stored);
        },
      },
      {
        method: "GET",
        path: items,
        handle: (request) => {
          const owner = service(request);
          const syncMap = map(request, owner);
          const { Order, From, Bounds } = request.query as Record<string, string | undefined>;
          const sorted = [...syncMap.items.values()].filter(alive).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
          if (Order === "desc") sorted.reverse();
          const after = (key: string) => (Order === "desc" ? key < (From as string) : key > (From as string));
          const within =
            From === undefined ? sorted : sorted.filter((one) => after(one.key) || (Bounds !== "exclusive" && one.key === From));
          return {
            status: 200,
            json: v1Page(
              request,
              HOST,
              "items",
              within.map((one) => itemJson(request.account.sid, owner, syncMap, one)),
            ),
          };
        },
      },
      {
        method: "GET",
        path: `${items}/{Key}`,
        handle: (request) => {
          const owner = service(request);
          const syncMap = map(request, owner);
          return itemAnswer(200, request, owner, syncMap, item(syncMap, request.params.Key));
        },
      },
      {
        method: "POST",
        path: `${items}/{Key}`,
        handle: (request) => {
          const owner = service(request);
          const syncMap = map(request, owner);
          const stored = item(syncMap, request.params.Key);
          checkRevision(request, stored);
          if (request.body.Data !== undefined) stored.data = request.body.Data as Record<string, unknown>;
          const expires = expiry(now(), request.body.ItemTtl ?? request.body.Ttl);
          if (expires !== undefined) stored.expires = expires;
          stored.revision += 1;
          stored.updated = now();
          touch(syncMap, request.body.CollectionTtl);
          return itemAnswer(200, request, owner, syncMap, stored);
        },
      },
      {
        method: "DELETE",
        path: `${items}/{Key}`,
        handle: (request) => {
          const owner = service(request);
          const syncMap = map(request, owner);
          checkRevision(request, item(syncMap, request.params.Key));
          syncMap.items.delete(request.params.Key);
          touch(syncMap, undefined);
          return { status: 204 };
        },
      },
    ],
  };
};
