import { fingerprintOf, type KeyedRun, onceForKey, type PriorSend } from "../idempotency";
import type { IdempotencyStore } from "../terms";
import type { TwilioClient } from "../twilioClient";
import { type ClaimSchedule, createUnderSyncClaim } from "./syncClaims";

export interface IdempotencyOptions {
  idempotencyKey?: string;
  /** The ledger in the flow's state when not given, as before stores could be chosen. */
  store?: IdempotencyStore;
  /** The Sync Service (IS SID) of the claims; the component's own when not given. */
  syncService?: string;
  /** The flow's state as the step received it (the flowState ledger lives there). */
  state: Record<string, unknown>;
  /** How long claims are waited for and when they count as left behind (tests shorten it). */
  claimSchedule?: ClaimSchedule;
}

interface KeyedCreateHandlers<T> {
  noun: string;
  create(): Promise<T>;
  replay(prior: PriorSend): Promise<T>;
  findCreated?(since: Date): Promise<T | undefined>;
}

/**
 * Runs `create` at most once per idempotency key in the chosen store; a later run with the key
 * and the same content gets `replay` of what was created, marked replayed. Without a key,
 * `create` simply runs.
 */
export async function createOnceForKey<T extends Record<string, unknown>>(
  client: TwilioClient,
  options: IdempotencyOptions,
  content: unknown,
  handlers: KeyedCreateHandlers<T>,
): Promise<KeyedRun<T>> {
  const { idempotencyKey: key, store, state } = options;
  if (!key || store !== "sync") return onceForKey({ key, content, state }, handlers.create, handlers.replay);
  const claimed = { key, fingerprint: fingerprintOf(content), ...handlers };
  return { data: await createUnderSyncClaim(client, claimed, { syncService: options.syncService, schedule: options.claimSchedule }) };
}
