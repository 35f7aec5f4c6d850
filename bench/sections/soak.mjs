// The fault soak: zero duplicates on Prismatic's execution model with faults injected, and what keyed sends cost.
import { join } from "node:path";
import { runChild } from "../benchSandbox.mjs";
import { ROOT } from "../bundles.mjs";
import { ms, note, row } from "../report.mjs";

/**
 * The fault soak on Prismatic's execution model (bench/children/onceSoak.ts): the bundle's steps run
 * by test/support/prismaticRunner.ts against the sandbox Twilio and its Sync (rate limit on).
 */
export async function benchSoak() {
  const keys = 200;
  const soakBulk = 500;
  const bulkSize = 10_000;
  const { soak, cost, bulk } = await runChild(
    "onceSoak.ts",
    { BENCH_KEYS: String(keys), BENCH_SOAK_BULK: String(soakBulk), BENCH_BULK: String(bulkSize) },
    [join(ROOT, "scripts", "run-ts.js")],
  );
  row(
    `fault soak, ${soak.keys} keys in ${soak.invocations} executions + keyed bulk of ${soak.bulk}: duplicates`,
    String(soak.duplicates),
    "= 0",
    {
      equals: { actual: soak.duplicates, expected: 0 },
    },
  );
  row("  recipients whose outcome is not what was reported", String(soak.mismatches), "= 0", {
    equals: { actual: soak.mismatches, expected: 0 },
  });
  row("  reported as may have been sent", String(soak.unknown), "-");
  row("  Sync requests answered 429 (waited out)", String(soak.throttled), "-");
  row(
    "  requests per send, keyed vs unkeyed",
    `${cost.keyedRequests.toFixed(2)} vs ${cost.plainRequests.toFixed(2)} (Sync ${cost.syncRequestsPerSend.toFixed(2)})`,
    "-",
  );
  row("  ms per send, keyed vs unkeyed (sequential)", `${ms(cost.keyedMs)} vs ${ms(cost.plainMs)}`, "-", {
    ratio: cost.keyedMs / cost.plainMs,
  });
  row(
    `keyed bulk ${bulk.bulk.toLocaleString("en-US")} vs unkeyed, Sync limit on (C=20, mean of 2 runs each)`,
    `${(bulk.keyedMs / 1000).toFixed(2)} vs ${(bulk.plainMs / 1000).toFixed(2)} s`,
    "<= 1.2x",
    { ratio: bulk.keyedMs / bulk.plainMs, maxRatio: 1.2 },
  );
  row(
    "  its Sync requests",
    `${bulk.syncRequests} (${(bulk.syncRequests / bulk.bulk).toFixed(3)} per recipient), ${bulk.throttled} answered 429`,
    "-",
  );
  note(
    `fault soak: each key sent by two concurrent executions, 10% of executions failing after their send step and retried from the first step (at most 3 runs, state not saved on failure), 10% redelivered while running, and a keyed bulk step of ${soak.bulk} run twice at once (one failing after it and retried); the sandbox loses 4% of create answers after creating (reset), answers 500 after creating to 4%, never answers 1% (client timeout 30 s), and refuses 10% of creates and 5% of Sync requests with a 429 first; requests answered after 0-20 ms; Sync's rate limit (${bulk.limit.perSecond}/s per Map, ${bulk.limit.burstSeconds} s window) on. ` +
      `Cost rows: 100 sends one after another without and with a key, Sync Service and Maps already created (their first use took ${(bulk.firstUseMs / 1000).toFixed(1)} s once per account: list, create, 1.5 s settle, list again, create a Map).`,
  );
}
