import { SandboxError, twilioError } from "../../core/errors";
import { v1Page } from "../../core/paging";
import type { ProductFactory, SandboxContext, SandboxRequest } from "../../core/types";
import { itemRoutes, type SyncMapAccess } from "./items";
import { countOperation, readLimit, type SyncOperation, type SyncUsage, TWILIO_SYNC_RATE_LIMIT } from "./rateLimit";
import { expiry, mapJson, SYNC_HOST, type SyncMap, type SyncService, serviceJson } from "./records";

/**
 * Sync (sync.twilio.com): services, maps and map items (items.ts), with Twilio's semantics where
 * a claim store depends on them: create-if-absent and If-Match on items, TTLs on the sandbox
 * clock, and each Map's rate limit (rateLimit.ts; `POST /__sandbox/sync/limits` changes it, e.g.
 * `{ "enabled": false }` or `{ "perSecond": 2, "burstSeconds": 1 }`).
 */
const syncServices = (context: SandboxContext, accountSid: string): SyncService[] => context.state("sync", accountSid, () => []);
const syncUsage = (context: SandboxContext, accountSid: string): SyncUsage => context.state("syncUsage", accountSid, () => new Map());

export const sync: ProductFactory = (context) => {
  let limit = TWILIO_SYNC_RATE_LIMIT;
  const now = () => context.clock.now();
  const alive = (thing: { expires: number | null }) => thing.expires === null || thing.expires > now();

  const service = (request: SandboxRequest, id = request.params.ServiceSid ?? request.params.Sid) => {
    const found = syncServices(context, request.account.sid).find((candidate) => candidate.sid === id || candidate.uniqueName === id);
    if (!found) throw new SandboxError(twilioError(404, 20404, `The requested resource /Services/${id} was not found`));
    return found;
  };
  const map = (request: SandboxRequest, owner: SyncService, operation: SyncOperation, id = request.params.MapSid ?? request.params.Sid) => {
    const found = owner.maps.find((candidate) => alive(candidate) && (candidate.sid === id || candidate.uniqueName === id));
    if (!found) throw new SandboxError(twilioError(404, 54100, `Map ${id} not found`));
    countOperation(syncUsage(context, request.account.sid), limit, found.sid, operation, now());
    return found;
  };
  const touch = (syncMap: SyncMap, collectionTtl: unknown) => {
    syncMap.revision += 1;
    syncMap.updated = now();
    const expires = expiry(now(), collectionTtl);
    if (expires !== undefined) syncMap.expires = expires;
  };
  const access: SyncMapAccess = { now, alive, service, map, touch };

  const services = "/v1/Services";
  const maps = `${services}/{ServiceSid}/Maps`;
  return {
    name: "sync",
    spec: "twilio_sync_v1.json",
    prefix: `/${SYNC_HOST}`,
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
        handle: (request) => {
          const all = syncServices(context, request.account.sid).map((one) => serviceJson(request.account.sid, one));
          return { status: 200, json: v1Page(request, SYNC_HOST, "services", all) };
        },
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
          return { status: 200, json: v1Page(request, SYNC_HOST, "maps", live) };
        },
      },
      {
        method: "GET",
        path: `${maps}/{Sid}`,
        handle: (request) => {
          const owner = service(request);
          return { status: 200, json: mapJson(request.account.sid, owner, map(request, owner, "read")) };
        },
      },
      {
        method: "POST",
        path: `${maps}/{Sid}`,
        handle: (request) => {
          const owner = service(request);
          const found = map(request, owner, "write");
          touch(found, request.body.CollectionTtl ?? request.body.Ttl);
          return { status: 200, json: mapJson(request.account.sid, owner, found) };
        },
      },
      {
        method: "DELETE",
        path: `${maps}/{Sid}`,
        handle: (request) => {
          const owner = service(request);
          owner.maps.splice(owner.maps.indexOf(map(request, owner, "write")), 1);
          return { status: 204 };
        },
      },
      ...itemRoutes(`${maps}/{MapSid}/Items`, access),
    ],
    control: [
      { method: "GET", path: "sync/limits", handle: () => limit },
      {
        method: "POST",
        path: "sync/limits",
        handle: (body) => {
          limit = readLimit(body, limit);
          return limit;
        },
      },
    ],
  };
};
