import { SandboxError, twilioError } from "../../core/errors";

/**
 * Sync's limit on each object (a Map and its items count as one): about 20 writes a second, and
 * as many reads, sustained, with a 10 s burst window (tw:sync/limits). Over it Twilio answers 429
 * with 54009. Kept here as at most perSecond x burstSeconds operations in any burstSeconds of the
 * sandbox's clock, so a burst may go faster as long as the window's average stays under the rate.
 */
export interface SyncRateLimit {
  enabled: boolean;
  perSecond: number;
  burstSeconds: number;
}

export const TWILIO_SYNC_RATE_LIMIT: SyncRateLimit = { enabled: true, perSecond: 20, burstSeconds: 10 };

export type SyncOperation = "read" | "write";

/** When each accepted operation happened, per object and kind, oldest first; never more than the window holds. */
export type SyncUsage = Map<string, number[]>;

export function readLimit(body: Record<string, unknown>, current: SyncRateLimit): SyncRateLimit {
  const next = {
    enabled: body.enabled === undefined ? current.enabled : Boolean(body.enabled),
    perSecond: Number(body.perSecond ?? current.perSecond),
    burstSeconds: Number(body.burstSeconds ?? current.burstSeconds),
  };
  if (!(next.perSecond > 0 && next.burstSeconds > 0)) throw new Error("perSecond and burstSeconds must be positive numbers");
  return next;
}

/** Counts an operation on `objectSid`, or refuses it as Twilio does when the window is full. */
export function countOperation(usage: SyncUsage, limit: SyncRateLimit, objectSid: string, kind: SyncOperation, now: number): void {
  if (!limit.enabled) return;
  const windowMs = limit.burstSeconds * 1000;
  const key = `${objectSid} ${kind}`;
  const times = usage.get(key) ?? [];
  while (times.length > 0 && times[0] <= now - windowMs) times.shift();
  if (times.length >= Math.floor(limit.perSecond * limit.burstSeconds)) {
    const freeInSeconds = Math.max(1, Math.ceil((times[0] + windowMs - now) / 1000));
    throw new SandboxError(
      twilioError(429, 54009, "Rate limit exceeded", {
        "retry-after": String(freeInSeconds),
      }),
    );
  }
  times.push(now);
  usage.set(key, times);
}
