import { waits } from "../../src/client/transport/waits";

/** Every timer but Date stays real, so sockets, HTTP timeouts and the loopback servers keep real time. */
const REAL_TIMERS = [
  "hrtime",
  "nextTick",
  "performance",
  "queueMicrotask",
  "requestAnimationFrame",
  "cancelAnimationFrame",
  "requestIdleCallback",
  "cancelIdleCallback",
  "setImmediate",
  "clearImmediate",
  "setInterval",
  "clearInterval",
  "setTimeout",
  "clearTimeout",
] as const;

let fakeClockInstalled = false;

/**
 * Puts the test on a fake clock: Date is jest's fake Date, starting at the real time, and every
 * wait of the client (`waits.sleep`: retry backoff, Retry-After, the send reconciliation
 * schedule, reply polling) moves it forward at once instead of sleeping. The production schedules
 * run unchanged; only the waiting is skipped. Returns what puts the real clock back.
 */
export function installFakeClock(): () => void {
  const realSleep = waits.sleep;
  jest.useFakeTimers({ doNotFake: [...REAL_TIMERS], now: Date.now() });
  fakeClockInstalled = true;
  waits.sleep = async (ms) => advanceClock(ms);
  return () => {
    waits.sleep = realSleep;
    fakeClockInstalled = false;
    jest.useRealTimers();
  };
}

/** Runs every test of the calling block on a fake clock (installFakeClock). */
export function useFakeClock(): void {
  let uninstall: (() => void) | undefined;
  beforeEach(() => {
    uninstall = installFakeClock();
  });
  afterEach(() => uninstall?.());
}

/**
 * For tests whose only waits are retry backoffs: each wait of the client returns at once and Date
 * keeps real time, as when the full-jitter backoff draws 0 ms. Cheaper than the fake clock for
 * tests that make hundreds of requests, where jest's fake Date costs seconds of CPU.
 */
export function useInstantWaits(): void {
  const realSleep = waits.sleep;
  beforeEach(() => {
    waits.sleep = async () => undefined;
  });
  afterEach(() => {
    waits.sleep = realSleep;
  });
}

/**
 * How long a test server should really wait to make an answer take `ms`: nothing on the fake
 * clock, which is moved forward by `ms` instead, so the client sees the time pass without the test
 * waiting for it; `ms` otherwise.
 */
export function realWaitFor(ms: number): number {
  if (!fakeClockInstalled) return ms;
  advanceClock(ms);
  return 0;
}

function advanceClock(ms: number): void {
  jest.setSystemTime(Date.now() + Math.max(0, ms));
}
