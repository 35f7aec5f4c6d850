import { randomBytes } from "node:crypto";
import { keyHash, type PriorSend } from "../idempotency";
import { forgetComponentService, syncServiceSid } from "../sync/componentService";
import {
  createItemIfAbsent,
  deleteItemAt,
  fetchItem,
  isSyncError,
  type SyncItem,
  type SyncMapRef,
  SyncServiceMissingError,
  updateItemAt,
} from "../sync/maps";
import { IDEMPOTENCY_TTL_MS } from "../terms";
import { waits } from "../transport/waits";
import type { TwilioClient } from "../twilioClient";
import { claimUnreachableError, inProgressError, isRefusal, mayHaveBeenCreatedError, otherContentError } from "./claimErrors";

/**
 * An idempotency key claimed in Twilio Sync before the create it guards: unlike the flow's
 * state, a claim is seen at once by every execution, running or retried, and survives one that
 * fails. Create-if-absent decides which execution creates; the SID is recorded on the claim with
 * If-Match, so a claim is only ever changed by whoever holds its current revision.
 */
export interface ClaimData {
  /** Fingerprint of the content: the same key with other content is a mistake. */
  f: string;
  /** The SID created under the key, once known. */
  s: string | null;
  /** When the claim was taken (ms since epoch, the claimer's clock). */
  at: number;
  /** Who took it: an execution recognises its own claim after a lost answer. */
  n: string;
  /** Why the create's outcome is unknown, when it is: resolved against the resource's log without waiting. */
  u?: string;
}

export interface ClaimSchedule {
  /** Waits for a running execution to record its SID before this one gives up with "in progress". */
  waitDelaysMs: number[];
  /** A claim without SID this old was left by an execution that stopped: resolved against the log. */
  staleAfterMs: number;
  /** Twilio's clock against the claimer's: the log is searched from this long before the claim. */
  clockSkewMs: number;
}

export const DEFAULT_CLAIM_SCHEDULE: ClaimSchedule = {
  waitDelaysMs: [500, 1_000, 2_000, 4_000],
  staleAfterMs: 120_000,
  clockSkewMs: 5_000,
};
const CLAIM_TTL_SECONDS = IDEMPOTENCY_TTL_MS / 1000;
/** Sync allows about 20 writes a second per Map: claims spread over this many Maps by hash. */
const CLAIM_MAP_COUNT = 8;
const MAX_ROUNDS = 3;

interface ClaimedCreate<T> {
  key: string;
  fingerprint: string;
  /** "message", "call": how errors name what was created. */
  noun: string;
  create(): Promise<T>;
  replay(prior: PriorSend): Promise<T>;
  /**
   * Looks for what an execution that stopped may have created since `since`, in the resource's own
   * log: found, proven absent (undefined), or throws when the log cannot tell. Absent when the
   * resource has no log to search: its claim then stays unresolved.
   */
  findCreated?(since: Date): Promise<T | undefined>;
}

interface ClaimStoreOptions {
  /** An IS SID; empty for the component's own service. */
  syncService?: string;
  schedule?: ClaimSchedule;
}

/** The Map a claim key (keyHash of the idempotency key) is kept in. */
export function claimMapName(claimKey: string): string {
  return `idempotency-keys-${claimKey.charCodeAt(0) % CLAIM_MAP_COUNT}`;
}

export async function claimMap(client: TwilioClient, syncService: string | undefined, claimKey: string): Promise<SyncMapRef> {
  return { serviceSid: await syncServiceSid(client, syncService), mapName: claimMapName(claimKey) };
}

export async function createUnderSyncClaim<T extends { sid?: unknown }>(
  client: TwilioClient,
  run: ClaimedCreate<T>,
  options: ClaimStoreOptions = {},
): Promise<T & { replayed: boolean }> {
  const schedule = options.schedule ?? DEFAULT_CLAIM_SCHEDULE;
  const claimKey = keyHash(run.key);
  let map = await claimMap(client, options.syncService, claimKey);
  const nonce = randomBytes(6).toString("base64url");
  const fresh = (): ClaimData => ({ f: run.fingerprint, s: null, at: Date.now(), n: nonce });
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const mine = await takeClaim(client, map, claimKey, fresh()).catch(async (error) => {
      // The component's own service was deleted since this worker found it: found or created again.
      if (options.syncService || !(error instanceof SyncServiceMissingError)) throw error;
      forgetComponentService(client);
      map = await claimMap(client, undefined, claimKey);
      return takeClaim(client, map, claimKey, fresh());
    });
    if (mine) return { ...(await createAndRecord(client, map, mine, run)), replayed: false };
    const existing = await settledClaim(client, map, claimKey, run, schedule);
    if (!existing) continue;
    const sid = existing.data.s;
    if (sid) return { ...(await run.replay({ sid, createdAt: new Date(existing.data.at).toISOString() })), replayed: true };
    // Left by an execution that stopped, or whose create ended unknown: this one takes it over, then asks the log.
    const taken = await updateItemAt(client, map, claimKey, existing.revision, fresh());
    if (!taken) throw inProgressError(run.noun);
    return resolveAgainstLog(client, map, taken, existing.data, run, schedule);
  }
  throw inProgressError(run.noun);
}

/** Creates the claim; after a lost answer, reads it back to see whose it is. */
async function takeClaim(client: TwilioClient, map: SyncMapRef, key: string, data: ClaimData): Promise<SyncItem<ClaimData> | undefined> {
  try {
    return await createItemIfAbsent(client, map, key, data, CLAIM_TTL_SECONDS);
  } catch (error) {
    // Throttled by Sync (54009) past the retries: nothing was created, so the execution is safe to retry.
    if (isSyncError(error, 429)) throw claimUnreachableError(error);
    if (isRefusal(error)) throw error;
    const stored = await fetchItem<ClaimData>(client, map, key).catch(() => {
      throw claimUnreachableError(error);
    });
    if (stored?.data.n === data.n) return stored;
    if (stored) return undefined;
    throw claimUnreachableError(error);
  }
}

/** The claim as it settles: recorded, left behind, or gone (undefined). A fresh one is waited for, then "in progress". */
async function settledClaim<T>(client: TwilioClient, map: SyncMapRef, key: string, run: ClaimedCreate<T>, schedule: ClaimSchedule) {
  for (let look = 0; ; look++) {
    const existing = await fetchItem<ClaimData>(client, map, key);
    if (!existing) return undefined;
    if (existing.data.f !== run.fingerprint) throw otherContentError(run.key, existing.data, run.noun);
    if (existing.data.s || existing.data.u || Date.now() - existing.data.at >= schedule.staleAfterMs) return existing;
    if (look >= schedule.waitDelaysMs.length) throw inProgressError(run.noun);
    await waits.sleep(schedule.waitDelaysMs[look]);
  }
}

async function createAndRecord<T extends { sid?: unknown }>(
  client: TwilioClient,
  map: SyncMapRef,
  claim: SyncItem<ClaimData>,
  run: ClaimedCreate<T>,
) {
  let created: T;
  try {
    created = await run.create();
  } catch (error) {
    // A refusal created nothing: the key is free again. Otherwise the claim says the outcome is unknown.
    const after = isRefusal(error)
      ? deleteItemAt(client, map, claim.key, claim.revision)
      : updateItemAt(client, map, claim.key, claim.revision, { ...claim.data, u: "unknown" });
    await after.catch(() => undefined);
    throw error;
  }
  // Not recording the SID fails nothing: the claim is then resolved against the log.
  await updateItemAt(client, map, claim.key, claim.revision, { ...claim.data, s: String(created.sid) }).catch(() => undefined);
  return created;
}

async function resolveAgainstLog<T extends { sid?: unknown }>(
  client: TwilioClient,
  map: SyncMapRef,
  claim: SyncItem<ClaimData>,
  left: ClaimData,
  run: ClaimedCreate<T>,
  schedule: ClaimSchedule,
): Promise<T & { replayed: boolean }> {
  const claimedAt = new Date(left.at);
  const unresolved = (reason: string) => {
    const data = { ...claim.data, at: left.at, u: reason };
    return updateItemAt(client, map, claim.key, claim.revision, data)
      .catch(() => undefined)
      .then(() => Promise.reject(mayHaveBeenCreatedError(run.noun, claimedAt, reason)));
  };
  if (!run.findCreated) return unresolved(`Twilio keeps no log of ${run.noun}s to check it against`);
  let found: T | undefined;
  try {
    found = await run.findCreated(new Date(left.at - schedule.clockSkewMs));
  } catch {
    return unresolved(`the log of ${run.noun}s could not be searched`);
  }
  if (!found) return { ...(await createAndRecord(client, map, claim, run)), replayed: false };
  await updateItemAt(client, map, claim.key, claim.revision, { ...claim.data, s: String(found.sid) }).catch(() => undefined);
  return { ...found, replayed: true };
}
