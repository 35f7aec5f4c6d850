import { SandboxError, twilioError } from "../../core/errors";
import { v1Page } from "../../core/paging";
import type { Route, SandboxRequest } from "../../core/types";
import type { SyncOperation } from "./rateLimit";
import { expiry, itemJson, SYNC_HOST, type SyncItem, type SyncMap, type SyncService } from "./records";

/** What the item routes need from the product: its clock, lookups and the Map's rate limit. */
export interface SyncMapAccess {
  now(): number;
  alive(thing: { expires: number | null }): boolean;
  service(request: SandboxRequest): SyncService;
  /** The Map of the request, its operation counted against the Map's limit. */
  map(request: SandboxRequest, owner: SyncService, operation: SyncOperation): SyncMap;
  /** A change to the Map's items: its revision moves on, and a CollectionTtl sent with it applies. */
  touch(syncMap: SyncMap, collectionTtl: unknown): void;
}

/**
 * Map items with the semantics a claim store depends on: creating an item whose key exists is
 * refused (409, 54208), a mutation with an If-Match that is not the item's revision is refused
 * (412, 54205), and an item past its TTL is gone.
 */
export function itemRoutes(items: string, sync: SyncMapAccess): Route[] {
  const item = (owner: SyncMap, key: string) => {
    const found = owner.items.get(key);
    if (!found || !sync.alive(found)) throw new SandboxError(twilioError(404, 54201, `Map Item ${key} not found`));
    return found;
  };
  const checkRevision = (request: SandboxRequest, current: SyncItem) => {
    const ifMatch = request.headers["if-match"];
    if (ifMatch !== undefined && ifMatch !== String(current.revision)) {
      throw new SandboxError(twilioError(412, 54205, `The revision of the Map Item does not match the expected revision: ${ifMatch}`));
    }
  };
  const answer = (status: number, request: SandboxRequest, owner: SyncService, syncMap: SyncMap, stored: SyncItem) => ({
    status,
    json: itemJson(request.account.sid, owner, syncMap, stored),
    headers: { etag: String(stored.revision) },
  });
  const mapOf = (request: SandboxRequest, operation: SyncOperation) => {
    const owner = sync.service(request);
    return { owner, syncMap: sync.map(request, owner, operation) };
  };
  return [
    {
      method: "POST",
      path: items,
      handle: (request) => {
        const { owner, syncMap } = mapOf(request, "write");
        const key = String(request.body.Key);
        const existing = syncMap.items.get(key);
        if (existing && sync.alive(existing)) throw new SandboxError(twilioError(409, 54208, `Map Item with key ${key} already exists`));
        const now = sync.now();
        const stored: SyncItem = {
          key,
          data: request.body.Data as Record<string, unknown>,
          revision: 0,
          expires: expiry(now, request.body.ItemTtl ?? request.body.Ttl) ?? null,
          created: now,
          updated: now,
        };
        syncMap.items.set(key, stored);
        sync.touch(syncMap, request.body.CollectionTtl);
        return answer(201, request, owner, syncMap, stored);
      },
    },
    {
      method: "GET",
      path: items,
      handle: (request) => {
        const { owner, syncMap } = mapOf(request, "read");
        const { Order, From, Bounds } = request.query as Record<string, string | undefined>;
        const sorted = [...syncMap.items.values()].filter(sync.alive).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        if (Order === "desc") sorted.reverse();
        const after = (key: string) => (Order === "desc" ? key < (From as string) : key > (From as string));
        const within = From === undefined ? sorted : sorted.filter((one) => after(one.key) || (Bounds !== "exclusive" && one.key === From));
        const page = within.map((one) => itemJson(request.account.sid, owner, syncMap, one));
        return { status: 200, json: v1Page(request, SYNC_HOST, "items", page) };
      },
    },
    {
      method: "GET",
      path: `${items}/{Key}`,
      handle: (request) => {
        const { owner, syncMap } = mapOf(request, "read");
        return answer(200, request, owner, syncMap, item(syncMap, request.params.Key));
      },
    },
    {
      method: "POST",
      path: `${items}/{Key}`,
      handle: (request) => {
        const { owner, syncMap } = mapOf(request, "write");
        const stored = item(syncMap, request.params.Key);
        checkRevision(request, stored);
        if (request.body.Data !== undefined) stored.data = request.body.Data as Record<string, unknown>;
        const expires = expiry(sync.now(), request.body.ItemTtl ?? request.body.Ttl);
        if (expires !== undefined) stored.expires = expires;
        stored.revision += 1;
        stored.updated = sync.now();
        sync.touch(syncMap, request.body.CollectionTtl);
        return answer(200, request, owner, syncMap, stored);
      },
    },
    {
      method: "DELETE",
      path: `${items}/{Key}`,
      handle: (request) => {
        const { syncMap } = mapOf(request, "write");
        checkRevision(request, item(syncMap, request.params.Key));
        syncMap.items.delete(request.params.Key);
        sync.touch(syncMap, undefined);
        return { status: 204 };
      },
    },
  ];
}
