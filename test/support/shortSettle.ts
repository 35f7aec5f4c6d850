import { setTimeout } from "node:timers/promises";
import { waits } from "../../src/client/transport/waits";

/**
 * The client waits 1.5 s for other executions' Sync services to land before it settles on one
 * (src/client/sync/maps.ts). Against the sandbox, which answers within milliseconds even with the
 * tests' latencies, 100 ms of real time gives the same guarantee; the fake clock cannot, since what
 * is waited for is other requests arriving.
 */
const SETTLE_IN_TESTS_MS = 100;

waits.settle = (ms) => setTimeout(Math.min(ms, SETTLE_IN_TESTS_MS));
