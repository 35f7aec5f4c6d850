import { createHash } from "node:crypto";
import { otherContentError } from "./claims/claimErrors";
import { IDEMPOTENCY_TTL_MS, MAX_IDEMPOTENCY_KEYS } from "./terms";

/**
 * What sends created under each idempotency key, kept in the flow's state (Prismatic's
 * instanceState) so that a retried execution or a redelivered webhook, which runs the same flow
 * again, finds it. Keys are stored hashed, with a fingerprint of what was sent, the time and the
 * SID: under 100 bytes each, so the record stays bounded by MAX_IDEMPOTENCY_KEYS (under 1 MB), not by traffic.
 */
export const IDEMPOTENCY_STATE_KEY = "twilioIdempotencyKeys";

/** [fingerprint, created at (seconds since epoch), SID] */
type Entry = [string, number, string];
export type IdempotencyLedger = Record<string, Entry>;

export interface PriorSend {
  sid: string;
  createdAt: string;
}

/** 96 bits: no two of the keys kept can be expected to collide. */
const HASH_LENGTH = 16;
const SECOND_MS = 1000;
const hash = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, HASH_LENGTH);

/** What is stored of an idempotency key, in the flow's state or a Sync claim: a URL-safe hash. */
export const keyHash = hash;

/** What was asked for, reduced to a short hash: the same key with other content is a mistake, not a retry. */
export function fingerprintOf(content: unknown): string {
  return hash(JSON.stringify(content));
}

function isEntry(value: unknown): value is Entry {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    typeof value[0] === "string" &&
    typeof value[1] === "number" &&
    typeof value[2] === "string"
  );
}

/** The live entries of the flow's state: expired and malformed ones are dropped. */
export function readLedger(state: Record<string, unknown> | undefined, now: number): IdempotencyLedger {
  const stored = state?.[IDEMPOTENCY_STATE_KEY];
  if (!stored || typeof stored !== "object") return {};
  return Object.fromEntries(
    Object.entries(stored).filter((pair): pair is [string, Entry] => isEntry(pair[1]) && now - pair[1][1] * SECOND_MS < IDEMPOTENCY_TTL_MS),
  );
}

/** The earlier send under `key`; an InputError when that send had other content. */
export function priorSend(ledger: IdempotencyLedger, key: string, fingerprint: string): PriorSend | undefined {
  const entry = ledger[hash(key)];
  if (!entry) return undefined;
  const [storedFingerprint, createdAtSeconds, sid] = entry;
  const createdAt = new Date(createdAtSeconds * SECOND_MS).toISOString();
  if (storedFingerprint !== fingerprint) {
    throw otherContentError(key, { at: createdAtSeconds * SECOND_MS, s: sid }, "message");
  }
  return { sid, createdAt };
}

export function recordSend(ledger: IdempotencyLedger, key: string, fingerprint: string, sid: string, now: number): void {
  ledger[hash(key)] = [fingerprint, Math.floor(now / SECOND_MS), sid];
}

/**
 * A bulk send's list and message under `key`, kept beside its recipients' entries: the key used
 * again for another list or message fails before anything is sent, as Sync's claims do, even when
 * none of the new list's recipients was sent to before.
 */
export function claimBulkList(ledger: IdempotencyLedger, key: string, listFingerprint: string, now: number): void {
  const listKey = `${key}\nlist`;
  const entry = ledger[hash(listKey)];
  if (entry && entry[0] !== listFingerprint) {
    throw otherContentError(key, { at: entry[1] * SECOND_MS, s: null }, "bulk send to other recipients or with another message");
  }
  recordSend(ledger, listKey, listFingerprint, "", now);
}

/** The flow's state with the ledger stored in it, kept to its bound: past it, the oldest keys go first. */
export function withLedger(state: Record<string, unknown>, ledger: IdempotencyLedger): Record<string, unknown> {
  const keys = Object.keys(ledger);
  const newestFirst = keys.length > MAX_IDEMPOTENCY_KEYS ? keys.sort((a, b) => ledger[b][1] - ledger[a][1]) : keys;
  const kept = Object.fromEntries(newestFirst.slice(0, MAX_IDEMPOTENCY_KEYS).map((key) => [key, ledger[key]]));
  return { ...state, [IDEMPOTENCY_STATE_KEY]: kept };
}

export interface KeyedRun<T> {
  data: T & { replayed: boolean };
  /** The flow's state with this creation recorded, to return from the step; undefined when nothing changed. */
  instanceState?: Record<string, unknown>;
}

/**
 * Runs `create` at most once per idempotency key: a later run with the key and the same content
 * gets `replay` of what the first run created instead (a retried execution, a redelivered webhook).
 * Without a key, `create` simply runs.
 */
export async function onceForKey<T extends Record<string, unknown>>(
  run: { key?: string; content: unknown; state: Record<string, unknown> },
  create: () => Promise<T>,
  replay: (prior: PriorSend) => Promise<T>,
): Promise<KeyedRun<T>> {
  if (!run.key) return { data: { ...(await create()), replayed: false } };
  const now = Date.now();
  const ledger = readLedger(run.state, now);
  const fingerprint = fingerprintOf(run.content);
  const prior = priorSend(ledger, run.key, fingerprint);
  if (prior) return { data: { ...(await replay(prior)), replayed: true } };
  const data = await create();
  recordSend(ledger, run.key, fingerprint, String(data.sid), now);
  return { data: { ...data, replayed: false }, instanceState: withLedger(run.state, ledger) };
}
