import { createHash } from "node:crypto";
import { InputError } from "./transport/errors";

/**
 * What sends created under each idempotency key, kept in the flow's state (Prismatic's
 * instanceState) so that a retried execution or a redelivered webhook, which runs the same flow
 * again, finds it. Keys are stored hashed, with a fingerprint of what was sent, the time and the
 * SID: a few dozen bytes each, so the record stays bounded by MAX_IDEMPOTENCY_KEYS, not by traffic.
 */
export const IDEMPOTENCY_STATE_KEY = "twilioIdempotencyKeys";
export const IDEMPOTENCY_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const MAX_IDEMPOTENCY_KEYS = 10_000;

/** [fingerprint, created at (ms since epoch), SID, status when created] */
type Entry = [string, number, string, string | null];
export type IdempotencyLedger = Record<string, Entry>;

export interface PriorSend {
  sid: string;
  status: string | null;
  createdAt: string;
}

const HASH_LENGTH = 22;
const hash = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, HASH_LENGTH);

/** What was asked for, reduced to a short hash: the same key with other content is a mistake, not a retry. */
export function fingerprintOf(content: unknown): string {
  return hash(JSON.stringify(content));
}

function isEntry(value: unknown): value is Entry {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    typeof value[0] === "string" &&
    typeof value[1] === "number" &&
    typeof value[2] === "string" &&
    (value[3] === null || typeof value[3] === "string")
  );
}

/** The live entries of the flow's state: expired and malformed ones are dropped. */
export function readLedger(state: Record<string, unknown> | undefined, now: number): IdempotencyLedger {
  const stored = state?.[IDEMPOTENCY_STATE_KEY];
  if (!stored || typeof stored !== "object") return {};
  return Object.fromEntries(
    Object.entries(stored).filter((pair): pair is [string, Entry] => isEntry(pair[1]) && now - pair[1][1] < IDEMPOTENCY_TTL_MS),
  );
}

/** The earlier send under `key`; an InputError when that send had other content. */
export function priorSend(ledger: IdempotencyLedger, key: string, fingerprint: string): PriorSend | undefined {
  const entry = ledger[hash(key)];
  if (!entry) return undefined;
  const [storedFingerprint, createdAt, sid, status] = entry;
  if (storedFingerprint !== fingerprint) {
    throw new InputError(
      "Idempotency Key",
      `a key not used for other content: it was used on ${new Date(createdAt).toISOString()} to create ${sid} with different recipients or content. Use a new key for a new message`,
      key,
    );
  }
  return { sid, status, createdAt: new Date(createdAt).toISOString() };
}

/** Records a creation; past the bound, the oldest entries go first. Mutates and returns the ledger. */
export function recordSend(ledger: IdempotencyLedger, key: string, fingerprint: string, sid: string, status: string | null, now: number) {
  ledger[hash(key)] = [fingerprint, now, sid, status];
  const keys = Object.keys(ledger);
  if (keys.length > MAX_IDEMPOTENCY_KEYS) {
    const oldestFirst = keys.sort((a, b) => ledger[a][1] - ledger[b][1]);
    for (const old of oldestFirst.slice(0, keys.length - MAX_IDEMPOTENCY_KEYS)) delete ledger[old];
  }
  return ledger;
}
