import { setTimeout } from "node:timers/promises";

/**
 * Every wait of the client goes through `waits.sleep`: retry backoff, Twilio's Retry-After, the
 * send reconciliation schedule and reply polling. The production schedules stay as they are; a
 * test swaps in a clock that jumps forward instead of sleeping (test/support/fakeClock.ts).
 */
export const waits = {
  sleep: (ms: number): Promise<void> => setTimeout(ms),
  /**
   * A wait for other executions' requests to land (the Sync service a first use creates): real
   * time even in tests, where the fake clock cannot make another execution's request arrive (they
   * shorten it to what the sandbox needs: test/support/shortSettle.ts).
   */
  settle: (ms: number): Promise<void> => setTimeout(ms),
};
