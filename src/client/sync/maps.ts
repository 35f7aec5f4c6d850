import { TwilioApiError } from "../transport/errors";
import { type JsonRequest, requestJson } from "../transport/jsonRequest";
import { waits } from "../transport/waits";
import type { TwilioClient } from "../twilioClient";
import { listSyncServices, SYNC_SERVICES_URI, type SyncServiceBody } from "./services";

/**
 * Twilio Sync Maps as a key-value store with create-if-absent (409, 54208) and updates
 * conditional on a revision (If-Match; 412, 54205). The Service is the one a builder names, or
 * one the component creates on first use and finds again by its friendly name; a Map is created
 * the first time an item create finds it missing, so a keyed send costs no extra request.
 */
export const COMPONENT_SYNC_SERVICE_NAME = "Prismatic Twilio component: idempotency keys";
const SERVICES_URI = SYNC_SERVICES_URI;
/** Two executions that both created a service on first use must agree on one: each waits this long, then lists them again. */
const SETTLE_AFTER_CREATE_MS = 1_500;

export interface SyncMapRef {
  serviceSid: string;
  mapName: string;
}

export interface SyncItem<T> {
  key: string;
  revision: string;
  data: T;
  dateCreated: string;
}

interface ItemBody {
  key: string;
  revision: string;
  data: unknown;
  date_created: string;
}

export const isSyncError = (error: unknown, status: number, code?: number): error is TwilioApiError =>
  error instanceof TwilioApiError && error.details.status === status && (code === undefined || error.details.code === code);

const syncAccessRefused = (error: unknown) => isSyncError(error, 401) || isSyncError(error, 403);

export class SyncServiceMissingError extends TwilioApiError {
  constructor(serviceSid: string, details: TwilioApiError["details"]) {
    super(`The Sync Service ${serviceSid} does not exist in this connection's account. Nothing was sent.`, details);
  }
}

/** Twilio refused the connection Sync itself (401 or 403), not one key: idempotency keys cannot be claimed there. */
export class SyncAccessError extends TwilioApiError {
  constructor(details: TwilioApiError["details"]) {
    super(
      `This connection may not use Twilio Sync, where idempotency keys are claimed (Twilio error ${details.code ?? "?"}, HTTP ${details.status}). Nothing was sent.`,
      details,
    );
  }
}

/** After the component's own service was deleted: the next use finds or creates one again. */
export function forgetComponentService(client: TwilioClient): void {
  serviceSids.get(client)?.delete(client.accountSid);
}

/** Resolved services by client, so a worker looks its service up once. */
const serviceSids = new WeakMap<TwilioClient, Map<string, Promise<string>>>();

/** The service named (an IS SID, checked by the input), or the component's own. */
export function syncServiceSid(client: TwilioClient, named: string | undefined): Promise<string> {
  if (named) return Promise.resolve(named);
  let known = serviceSids.get(client);
  if (!known) {
    known = new Map();
    serviceSids.set(client, known);
  }
  let resolved = known.get(client.accountSid);
  if (!resolved) {
    resolved = componentService(client);
    resolved.catch(() => known.delete(client.accountSid));
    known.set(client.accountSid, resolved);
  }
  return resolved;
}

/**
 * A service younger than this may be the loser of executions that created one each at the same
 * moment, about to be deleted by its creator: Twilio's date_created counts whole seconds, and
 * Twilio's clock and this one differ.
 */
const CONTESTED_FOR_MS = SETTLE_AFTER_CREATE_MS + 60_000;

/**
 * The component's own service: the oldest with its name, created when there is none. Executions
 * that find none at the same moment each create one, wait for the others' to land, keep the
 * oldest and delete their own otherwise; one that finds a service so young it may be such a loser
 * waits as they do before it takes the oldest, or its claims would go to a deleted service.
 */
async function componentService(client: TwilioClient): Promise<string> {
  const [oldest] = await ownServices(client);
  if (oldest && Date.now() - Date.parse(oldest.date_created) >= CONTESTED_FOR_MS) return oldest.sid;
  if (oldest) {
    await waits.settle(SETTLE_AFTER_CREATE_MS);
    const [survivor] = await ownServices(client);
    if (survivor) return survivor.sid;
  }
  const created = await syncRequest<SyncServiceBody>(client, {
    method: "post",
    uri: SERVICES_URI,
    data: { FriendlyName: COMPONENT_SYNC_SERVICE_NAME },
  });
  await waits.settle(SETTLE_AFTER_CREATE_MS);
  const [survivor] = await ownServices(client);
  if (survivor.sid !== created.sid)
    await syncRequest(client, { method: "delete", uri: `${SERVICES_URI}/${created.sid}` }).catch(() => undefined);
  return survivor.sid;
}

async function ownServices(client: TwilioClient): Promise<SyncServiceBody[]> {
  const services = await withSyncAccessError(() => listSyncServices(client));
  return services
    .filter((service) => service.friendly_name === COMPONENT_SYNC_SERVICE_NAME)
    .sort((a, b) => Date.parse(a.date_created) - Date.parse(b.date_created) || a.sid.localeCompare(b.sid));
}

const itemsUri = (map: SyncMapRef) => `${SERVICES_URI}/${map.serviceSid}/Maps/${map.mapName}/Items`;

/** Creates the item unless its key exists: undefined then (54208). Creates the Map first when it is missing. */
export async function createItemIfAbsent<T>(client: TwilioClient, map: SyncMapRef, key: string, data: T, ttlSeconds: number) {
  const create = () =>
    syncRequest<ItemBody>(client, {
      method: "post",
      uri: itemsUri(map),
      data: { Key: key, Data: JSON.stringify(data), ItemTtl: String(ttlSeconds) },
    });
  try {
    return toItem<T>(await create());
  } catch (error) {
    if (isSyncError(error, 409, 54208)) return undefined;
    if (!isSyncError(error, 404)) throw error;
  }
  await createMap(client, map);
  try {
    return toItem<T>(await create());
  } catch (error) {
    if (isSyncError(error, 409, 54208)) return undefined;
    throw error;
  }
}

async function createMap(client: TwilioClient, map: SyncMapRef): Promise<void> {
  try {
    await syncRequest(client, { method: "post", uri: `${SERVICES_URI}/${map.serviceSid}/Maps`, data: { UniqueName: map.mapName } });
  } catch (error) {
    // Another execution created it first.
    if (isSyncError(error, 409)) return;
    if (isSyncError(error, 404)) throw new SyncServiceMissingError(map.serviceSid, error.details);
    throw error;
  }
}

/** The item, or undefined when it does not exist (or has expired). */
export async function fetchItem<T>(client: TwilioClient, map: SyncMapRef, key: string): Promise<SyncItem<T> | undefined> {
  try {
    return toItem<T>(await syncRequest<ItemBody>(client, { method: "get", uri: `${itemsUri(map)}/${key}` }));
  } catch (error) {
    if (isSyncError(error, 404)) return undefined;
    throw error;
  }
}

/** Replaces the item's data if it is still at `revision`: undefined when it changed since (412) or is gone (404). */
export async function updateItemAt<T>(client: TwilioClient, map: SyncMapRef, key: string, revision: string, data: T) {
  try {
    const body = await syncRequest<ItemBody>(client, {
      method: "post",
      uri: `${itemsUri(map)}/${key}`,
      data: { Data: JSON.stringify(data) },
      headers: { "If-Match": revision },
    });
    return toItem<T>(body);
  } catch (error) {
    if (isSyncError(error, 412) || isSyncError(error, 404)) return undefined;
    throw error;
  }
}

/** Deletes the item if it is still at `revision`. */
export async function deleteItemAt(client: TwilioClient, map: SyncMapRef, key: string, revision: string): Promise<void> {
  try {
    await syncRequest(client, { method: "delete", uri: `${itemsUri(map)}/${key}`, headers: { "If-Match": revision } });
  } catch (error) {
    if (!(isSyncError(error, 412) || isSyncError(error, 404))) throw error;
  }
}

function toItem<T>(body: ItemBody): SyncItem<T> {
  return { key: body.key, revision: String(body.revision), data: body.data as T, dateCreated: body.date_created };
}

/** A refusal of Sync itself (not of a key) says that the connection may not use it, and what to do instead. */
function syncRequest<T>(client: TwilioClient, request: JsonRequest): Promise<T> {
  return withSyncAccessError(() => requestJson<T>(client, request));
}

async function withSyncAccessError<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!syncAccessRefused(error)) throw error;
    throw new SyncAccessError(error.details);
  }
}
