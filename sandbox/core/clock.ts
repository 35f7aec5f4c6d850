/**
 * The sandbox's idea of now. Everything that happens "later" at Twilio (a message going from
 * queued to delivered, a Sync item expiring, a scheduled send) is computed from this clock, so a
 * test moves time forward through the control endpoint instead of sleeping.
 */
export interface Clock {
  now(): number;
  /** Moves time forward; listeners run so due work (status callbacks, deliveries) happens at once. */
  advance(ms: number): Promise<void>;
  /** Called after each advance and on the real-time tick; returns when the listener's work is done. */
  onAdvance(listener: () => Promise<void> | void): void;
}

export interface ClockOptions {
  /** Start time in ms since the epoch; default: the real time, which then keeps running. */
  startAt?: number;
  /** false: time moves only when advanced (tests); default true: it also follows real time. */
  running?: boolean;
}

export function createClock({ startAt, running = true }: ClockOptions = {}): Clock {
  const realStart = Date.now();
  const origin = startAt ?? realStart;
  let skipped = 0;
  const listeners: Array<() => Promise<void> | void> = [];
  const now = () => origin + skipped + (running ? Date.now() - realStart : 0);
  return {
    now,
    async advance(ms) {
      skipped += ms;
      for (const listener of listeners) await listener();
    },
    onAdvance(listener) {
      listeners.push(listener);
    },
  };
}

/** Twilio's 2010 API dates in JSON (RFC 2822, "+0000"). */
export function rfc2822(ms: number): string {
  return new Date(ms).toUTCString().replace("GMT", "+0000");
}

/** Dates of the v1/v2 products (ISO 8601 without milliseconds, as Twilio writes them). */
export function iso8601(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
