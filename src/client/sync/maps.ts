import { TwilioApiError } from "../transport/errors";
import { type JsonRequest, requestJson } from "../transport/jsonRequest";
import type { TwilioClient } from "../twilioClient";
import { SYNC_SERVICES_URI } from "./services";

/**
 * Twilio Sync Maps as a key-value store with create-if-absent (409, 54208) and updates
 * conditional on a revision (If-Match; 412, 54205), in the service componentService.ts resolves; a
 * Map is created the first time an item create finds it missing, so a keyed send costs no extra request.
 */
const SERVICES_URI = SYNC_SERVICES_URI;

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
export function syncRequest<T>(client: TwilioClient, request: JsonRequest): Promise<T> {
  return withSyncAccessError(() => requestJson<T>(client, request));
}

export async function withSyncAccessError<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!syncAccessRefused(error)) throw error;
    throw new SyncAccessError(error.details);
  }
}
