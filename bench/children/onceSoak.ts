// The exactly-once soak: the BUILT bundle on Prismatic's execution model (test/support/prismaticRunner.ts)
// against the sandbox Twilio, with its Sync. Run with scripts/run-ts.js; prints one JSON line.
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { authTokenConnection } from "../../test/support/harness";
import { type Invocation, interleaving, PrismaticFlow, type StepContext } from "../../test/support/prismaticRunner";
import { startTestSandbox, type TestSandbox } from "../../test/support/sandbox";

const bundle = process.env.BENCH_BUNDLE as string;
// biome-ignore lint/suspicious/noExplicitAny: the bundle's default export is the component.
const harness = createHarness(require(bundle).default as any);
const KEYS = Number(process.env.BENCH_KEYS ?? 200);
const BULK = Number(process.env.BENCH_BULK ?? 2000);
const COST_SENDS = 100;

const recipient = (i: number) => `+1555${String(7_000_000 + i)}`;
const isSync = (request: { path: string }) => request.path.startsWith("/sync/");

/** Each key sent by two concurrent executions, 10% failing after the send and retried, 10% redelivered mid-run. */
async function soak(server: TestSandbox) {
  const send = (step: StepContext) =>
    step.action("sendSMS", {
      twilioConnection: authTokenConnection(server.url),
      to: String(step.payload.to),
      from: "+15017122661",
      message: `Order ${step.payload.order} shipped`,
      idempotencyKey: `order-${step.payload.order}`,
    });
  const flow = new PrismaticFlow({ steps: [send, async () => undefined], maxAttempts: 3, harness });
  server.faults.set(
    [
      { kind: "reset-after", method: "POST", path: "Messages\\.json$", rate: 0.05 },
      { kind: "500-after", method: "POST", path: "Messages\\.json$", rate: 0.05 },
      { kind: "429", method: "POST", path: "Messages\\.json$", rate: 0.1 },
      { kind: "429", method: "POST", path: "^/sync/", rate: 0.05 },
    ],
    7,
  );
  const runs: Promise<Invocation>[] = [];
  const reports = new Map<string, Invocation[]>();
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
    Promise.all(invocations).then((done) => reports.set(payload.to, done));
  }
  await Promise.all(runs);
  await new Promise((resolve) => setImmediate(resolve));
  server.faults.set([]);
  let duplicates = 0;
  let mismatches = 0;
  let unknown = 0;
  const created = new Map<string, number>();
  for (const message of server.created) created.set(message.to, (created.get(message.to) ?? 0) + 1);
  for (const [to, invocations] of reports) {
    const count = created.get(to) ?? 0;
    duplicates += Math.max(0, count - 1);
    const said = invocations.map((run) =>
      run.outputs ? "sent" : /may have been (sent|created)/.test(String(run.error?.message)) ? "unknown" : "failed",
    );
    if (said.includes("sent")) mismatches += count === 1 ? 0 : 1;
    else if (said.includes("unknown")) unknown++;
    else mismatches += count === 0 ? 0 : 1;
  }
  return { keys: KEYS, invocations: runs.length, duplicates, mismatches, unknown };
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
    return { ms, syncRequests: server.requests.slice(before).filter(isSync).length / COST_SENDS };
  };
  // Warm: the component's Sync Service and Maps exist after the soak.
  const plain = await sendMany(false, 100_000);
  const keyed = await sendMany(true, 200_000);
  return { plainMs: plain.ms, keyedMs: keyed.ms, syncRequestsPerSend: keyed.syncRequests };
}

/** A bulk step with and without a key: its claims must not slow it down. */
async function bulk(server: TestSandbox) {
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
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, syncWrites: server.requests.slice(before).filter(isSync).length };
  };
  // The account's Sync Service and Maps are created once, on first use: not part of a bulk step's cost.
  const firstUseStarted = process.hrtime.bigint();
  await harness.action("sendSMS", {
    twilioConnection: authTokenConnection(server.url),
    to: recipient(500_000),
    from: "+15017122661",
    message: "Warm",
    idempotencyKey: "warm",
  });
  const firstUseMs = Number(process.hrtime.bigint() - firstUseStarted) / 1e6;
  // Alternated (plain, keyed, keyed, plain): a sandbox that slows as its log grows weighs on both alike.
  const plainFirst = await run(false, 300_000);
  const keyedFirst = await run(true, 400_000);
  const keyedSecond = await run(true, 600_000);
  const plainSecond = await run(false, 700_000);
  return {
    bulk: BULK,
    plainMs: (plainFirst.ms + plainSecond.ms) / 2,
    keyedMs: (keyedFirst.ms + keyedSecond.ms) / 2,
    syncRequests: keyedFirst.syncWrites,
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
