// The fault soak: the BUILT bundle on Prismatic's execution model (test/support/prismaticRunner.ts)
// against the sandbox Twilio, with its Sync and Sync's per-Map rate limit on. Run with
// scripts/run-ts.js; prints one JSON line.
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { authTokenConnection } from "../../test/support/harness";
import { type Invocation, interleaving, PrismaticFlow, type StepContext } from "../../test/support/prismaticRunner";
import { startTestSandbox, type TestSandbox } from "../../test/support/sandbox";

const bundle = process.env.BENCH_BUNDLE as string;
// biome-ignore lint/suspicious/noExplicitAny: the bundle's default export is the component.
const harness = createHarness(require(bundle).default as any);
const KEYS = Number(process.env.BENCH_KEYS ?? 200);
const SOAK_BULK = Number(process.env.BENCH_SOAK_BULK ?? 500);
const BULK = Number(process.env.BENCH_BULK ?? 10_000);
const COST_SENDS = 100;

type Said = "sent" | "unknown" | "failed";
const recipient = (i: number) => `+1555${String(7_000_000 + i)}`;
const isSync = (request: { path: string }) => request.path.startsWith("/sync/");
const singleSaid = (run: Invocation): Said =>
  run.outputs ? "sent" : /may have been (sent|created)/.test(String(run.error?.message)) ? "unknown" : "failed";

/** One recipient's outcome as every run reported it, against what Twilio holds: a duplicate, a mismatch, or fine. */
function tally(reports: Map<string, Said[]>, server: TestSandbox) {
  const created = new Map<string, number>();
  for (const message of server.created) created.set(message.to, (created.get(message.to) ?? 0) + 1);
  let duplicates = 0;
  let mismatches = 0;
  let unknown = 0;
  for (const [to, said] of reports) {
    const count = created.get(to) ?? 0;
    duplicates += Math.max(0, count - 1);
    if (said.includes("sent")) mismatches += count === 1 ? 0 : 1;
    else if (said.includes("unknown")) unknown++;
    else mismatches += count === 0 ? 0 : 1;
  }
  return { duplicates, mismatches, unknown };
}

/**
 * Each key sent by two concurrent executions, 10% failing after the send and retried from the
 * first step, 10% redelivered mid-run; and a keyed bulk step run twice at once, one of the two
 * failing after it and retried. Lost answers (reset, 500, no answer) and 429s come from the sandbox.
 */
async function soak(server: TestSandbox) {
  const connection = authTokenConnection(server.url);
  const send = (step: StepContext) =>
    step.action("sendSMS", {
      twilioConnection: connection,
      to: String(step.payload.to),
      from: "+15017122661",
      message: `Order ${step.payload.order} shipped`,
      idempotencyKey: `order-${step.payload.order}`,
    });
  const flow = new PrismaticFlow({ steps: [send, async () => undefined], maxAttempts: 3, harness });
  const bulkRecipients = Array.from({ length: SOAK_BULK }, (_, i) => recipient(50_000 + i));
  const bulkStep = (step: StepContext) =>
    step.action("sendBulkSMS", {
      twilioConnection: connection,
      recipients: bulkRecipients,
      from: "+15017122661",
      message: "Doors open at 7.",
      concurrency: "20",
      idempotencyKey: "soak-bulk",
    });
  const bulkFlow = new PrismaticFlow({ steps: [bulkStep, async () => undefined], maxAttempts: 3, harness });
  server.faults.set(
    [
      { kind: "reset-after", method: "POST", path: "Messages\\.json$", rate: 0.04 },
      { kind: "500-after", method: "POST", path: "Messages\\.json$", rate: 0.04 },
      { kind: "no-answer", method: "POST", path: "Messages\\.json$", rate: 0.01 },
      { kind: "429", method: "POST", path: "Messages\\.json$", rate: 0.1 },
      { kind: "429", method: "POST", path: "^/sync/", rate: 0.05 },
    ],
    7,
  );
  const runs: Promise<Invocation>[] = [];
  const reports = new Map<string, Said[]>();
  for (let order = 0; order < KEYS; order++) {
    const payload = { order, to: recipient(order) };
    const failing = order % 10 === 3 ? { failAfterStep: { index: 0, times: 1 } } : {};
    const invocations: Promise<Invocation>[] = [flow.invoke(payload, failing), flow.invoke(payload)];
    if (order % 10 === 7) {
      let redelivery: Promise<Invocation> | undefined;
      invocations.push(
        flow.invoke(payload, {
          onStep: (index) => {
            if (index === 1 && !redelivery) redelivery = flow.invoke(payload);
          },
        }),
      );
      invocations.push(new Promise((resolve) => setTimeout(resolve, 200)).then(() => redelivery ?? flow.invoke(payload)));
    }
    runs.push(...invocations);
    Promise.all(invocations).then((done) => reports.set(payload.to, done.map(singleSaid)));
  }
  const bulkRuns = [bulkFlow.invoke({}, { failAfterStep: { index: 0, times: 1 } }), bulkFlow.invoke({})];
  await Promise.all([...runs, ...bulkRuns]);
  await new Promise((resolve) => setImmediate(resolve));
  for (const run of await Promise.all(bulkRuns)) {
    const rows = (run.outputs?.[0] as { data?: { results: { to: string; outcome: string }[] } } | undefined)?.data?.results ?? [];
    for (const row of rows) {
      const said: Said = row.outcome === "sent" || row.outcome === "replayed" ? "sent" : row.outcome === "unknown" ? "unknown" : "failed";
      reports.set(row.to, [...(reports.get(row.to) ?? []), said]);
    }
  }
  server.faults.set([]);
  const throttled = server.requests.filter((request) => isSync(request) && request.status === 429).length;
  return { keys: KEYS, invocations: runs.length + bulkRuns.length, bulk: SOAK_BULK, ...tally(reports, server), throttled };
}

/** The same sends without and with a key, one at a time: what a claim costs in requests and time. */
async function cost(server: TestSandbox) {
  const sendMany = async (keyed: boolean, offset: number) => {
    const before = server.requests.length;
    const started = process.hrtime.bigint();
    for (let i = 0; i < COST_SENDS; i++) {
      await harness.action("sendSMS", {
        twilioConnection: authTokenConnection(server.url),
        to: recipient(offset + i),
        from: "+15017122661",
        message: "Cost",
        ...(keyed ? { idempotencyKey: `cost-${offset + i}` } : {}),
      });
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6 / COST_SENDS;
    const requests = server.requests.slice(before);
    return { ms, requests: requests.length / COST_SENDS, syncRequests: requests.filter(isSync).length / COST_SENDS };
  };
  // Warm: the component's Sync Service and Maps exist after the soak.
  const plain = await sendMany(false, 100_000);
  const keyed = await sendMany(true, 200_000);
  return {
    plainMs: plain.ms,
    keyedMs: keyed.ms,
    plainRequests: plain.requests,
    keyedRequests: keyed.requests,
    syncRequestsPerSend: keyed.syncRequests,
  };
}

/** A bulk step with and without a key, Sync's rate limit on: its claims must not slow it down. */
async function bulk(server: TestSandbox) {
  const limit = await server.control("GET", "sync/limits");
  const run = async (keyed: boolean, offset: number) => {
    const before = server.requests.length;
    const started = process.hrtime.bigint();
    await harness.action("sendBulkSMS", {
      twilioConnection: authTokenConnection(server.url),
      recipients: Array.from({ length: BULK }, (_, i) => recipient(offset + i)),
      from: "+15017122661",
      message: "Bulk",
      concurrency: "20",
      ...(keyed ? { idempotencyKey: `bulk-${offset}` } : {}),
    });
    const sync = server.requests.slice(before).filter(isSync);
    return {
      ms: Number(process.hrtime.bigint() - started) / 1e6,
      syncRequests: sync.length,
      throttled: sync.filter((one) => one.status === 429).length,
    };
  };
  // The account's Sync Service and Maps are created once, on first use: not part of a bulk step's cost.
  const firstUseStarted = process.hrtime.bigint();
  await harness.action("sendSMS", {
    twilioConnection: authTokenConnection(server.url),
    to: recipient(5_000_000),
    from: "+15017122661",
    message: "Warm",
    idempotencyKey: "warm",
  });
  const firstUseMs = Number(process.hrtime.bigint() - firstUseStarted) / 1e6;
  // Alternated (plain, keyed, keyed, plain): a sandbox that slows as its log grows weighs on both alike.
  const plainFirst = await run(false, 1_000_000);
  const keyedFirst = await run(true, 2_000_000);
  const keyedSecond = await run(true, 3_000_000);
  const plainSecond = await run(false, 4_000_000);
  return {
    bulk: BULK,
    limit,
    plainMs: (plainFirst.ms + plainSecond.ms) / 2,
    keyedMs: (keyedFirst.ms + keyedSecond.ms) / 2,
    syncRequests: keyedFirst.syncRequests,
    throttled: keyedFirst.throttled + keyedSecond.throttled,
    firstUseMs,
  };
}

async function main() {
  const server = await startTestSandbox({ latencyMs: interleaving(13, 20) });
  try {
    const soakResult = await soak(server);
    const costResult = await cost(server);
    server.reset();
    const latencyServer = await startTestSandbox({ latencyMs: () => 20 });
    try {
      const bulkResult = await bulk(latencyServer);
      process.stdout.write(`${JSON.stringify({ soak: soakResult, cost: costResult, bulk: bulkResult })}\n`);
    } finally {
      await latencyServer.stop();
    }
  } finally {
    await server.stop();
  }
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
