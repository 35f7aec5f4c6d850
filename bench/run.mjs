// npm run bench: bundle size, cold start, connection reuse, per-invocation overhead, list memory
// and bulk sending, each measured on the BUILT bundle and printed next to its target.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { BUNDLE, buildFloor, ensureBuilt, ROOT } from "./bundles.mjs";
import { measureColdStart, median } from "./coldStart.mjs";

const MB = 1_000_000;
/** The bench's Twilio account on the sandbox: the one bench/children/harness.cjs connects with. */
const ACCOUNT_SID = `AC${"0123456789abcdef".repeat(2)}`;
const AUTH_TOKEN = "f1e2d3c4b5a697887766554433221100";
/** A second account, for the row where one worker runs with two credentials in turn. */
const OTHER_ACCOUNT = { sid: `AC${"fedcba9876543210".repeat(2)}`, authToken: "00112233445566778899aabbccddeeff", apiKeys: {} };
const rows = [];
const notes = [];

/**
 * One line of the table. `ratio` is the measured figure over its reference (the limit, the floor or
 * the baseline) and passes at or under `maxRatio`; counts that must be exact pass on equality.
 */
function row(metric, measured, target, { ratio, maxRatio, equals } = {}) {
  let verdict = "info";
  if (equals !== undefined) verdict = equals.actual === equals.expected ? "PASS" : "MISS";
  else if (maxRatio !== undefined) verdict = ratio <= maxRatio ? "PASS" : "MISS";
  rows.push([metric, measured, target, ratio === undefined ? "-" : ratio.toFixed(2), verdict]);
}

const ms = (value) => `${value.toFixed(1)} ms`;

function runChild(script, env, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...nodeArgs, join(ROOT, "bench", "children", script)],
      { cwd: ROOT, env: { ...process.env, BENCH_BUNDLE: BUNDLE, ...env }, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${script} failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout.trim().split("\n").pop()));
      },
    );
  });
}

async function benchBundle() {
  const { rebuilt } = ensureBuilt();
  const floor = await buildFloor();
  const size = statSync(BUNDLE).size;
  const floorSize = statSync(floor).size;
  row("bundle size dist/index.js", `${(size / MB).toFixed(3)} MB`, "<= 1.0 MB", { ratio: size / MB, maxRatio: 1 });
  row("  floor bundle (only component())", `${(floorSize / MB).toFixed(3)} MB`, "-");
  const chunks = readdirSync(dirname(BUNDLE)).filter((file) => file.endsWith(".js") && join(dirname(BUNDLE), file) !== BUNDLE);
  const chunkBytes = chunks.reduce((sum, file) => sum + statSync(join(dirname(BUNDLE), file)).size, 0);
  row("  product chunks beside it, loaded on first use", `${chunks.length} files, ${(chunkBytes / MB).toFixed(3)} MB`, "-");
  notes.push(
    `bundle: ${rebuilt ? "rebuilt" : "up to date"}; the floor is a one-line component() entry built with webpack.config.js into ${floor}.`,
  );
  return floor;
}

function benchColdStart(floor) {
  const { bundle, floor: base, rounds } = measureColdStart(BUNDLE, floor, 41);
  row("cold start: wall time, bundle vs floor", `${ms(bundle.wallMs)} vs ${ms(base.wallMs)}`, "<= 1.10x floor", {
    ratio: bundle.wallMs / base.wallMs,
    maxRatio: 1.1,
  });
  // What describing the component costs: performs, the client and twilio-node's request stack load on first use (client.js).
  row("  require() alone, bundle vs floor", `${ms(bundle.requireMs)} vs ${ms(base.requireMs)}`, "-", {
    ratio: bundle.requireMs / base.requireMs,
  });
  row("cold start: peak RSS, bundle vs floor", `${bundle.maxRssMB.toFixed(1)} vs ${base.maxRssMB.toFixed(1)} MiB`, "<= 1.1x floor", {
    ratio: bundle.maxRssMB / base.maxRssMB,
    maxRatio: 1.1,
  });
  if (bundle.wallMs / base.wallMs > 1.1) {
    notes.push(
      `cold start MISS: the bundle's require() takes ${(bundle.requireMs - base.requireMs).toFixed(1)} ms more than the floor's. index.js holds only what describes the component (definitions, inputs and their clean functions, example payloads, the error hook); performs import the client, and twilio-node with it, from client.js on first use.`,
    );
  }
  notes.push(
    `cold start: median of ${rounds} fresh \`node\` processes each, alternated; wall time includes Node's own start-up, identical for both. require() alone is the time to load the bundle inside the process.`,
  );
}

async function benchConnections(tls) {
  const server = await startBenchSandbox({ tls });
  try {
    await runChild("sendMany.cjs", {
      BENCH_BASE_URL: server.url,
      BENCH_INVOCATIONS: "100",
      BENCH_ACCOUNTS: JSON.stringify([[ACCOUNT_SID, AUTH_TOKEN]]),
      NODE_EXTRA_CA_CERTS: tls.certFile,
    });
    const opened = server.connections;
    row("TLS connections: 100 sendSMS, 1 credential", String(opened), "<= 2", { ratio: opened / 2, maxRatio: 1 });
  } finally {
    await server.stop();
  }
  const shared = await startBenchSandbox({ tls, accounts: [OTHER_ACCOUNT] });
  try {
    await runChild("sendMany.cjs", {
      BENCH_BASE_URL: shared.url,
      BENCH_INVOCATIONS: "40",
      BENCH_ACCOUNTS: JSON.stringify([
        [ACCOUNT_SID, AUTH_TOKEN],
        [OTHER_ACCOUNT.sid, OTHER_ACCOUNT.authToken],
      ]),
      NODE_EXTRA_CA_CERTS: tls.certFile,
    });
    const credentialsPerConnection = new Map();
    for (const { connection, headers } of shared.requests) {
      credentialsPerConnection.set(connection, new Set([...(credentialsPerConnection.get(connection) ?? []), headers.authorization]));
    }
    const mixedSockets = [...credentialsPerConnection.values()].filter((credentials) => credentials.size > 1).length;
    const opened = shared.connections;
    row("TLS connections: 40 sendSMS, 2 credentials in turn", String(opened), "= 2", { equals: { actual: opened, expected: 2 } });
    row("  connections that carried both credentials", String(mixedSockets), "= 0", { equals: { actual: mixedSockets, expected: 0 } });
  } finally {
    await shared.stop();
  }
}

async function benchOverhead(tls) {
  const server = await startBenchSandbox({ tls });
  try {
    const { componentMs, axiosMs, iterations } = await runChild("overhead.cjs", {
      BENCH_BASE_URL: server.url,
      BENCH_ITERATIONS: "1000",
      NODE_EXTRA_CA_CERTS: tls.certFile,
    });
    const measured = `${componentMs.toFixed(3)} vs ${axiosMs.toFixed(3)} ms`;
    row("per invocation: sendSMS vs bare axios POST", measured, "<= 1.3x axios", { ratio: componentMs / axiosMs, maxRatio: 1.3 });
    notes.push(
      `overhead: medians of ${iterations} alternated calls each after 200 warm-up pairs, HTTPS on 127.0.0.1 to the sandbox Twilio (which checks each request and answer against Twilio's spec, the same work for both), same https.Agent settings as twilio-node's RequestClient.`,
    );
  } finally {
    await server.stop();
  }
}

async function benchListMemory() {
  const peakFor = async (limit, historySize) => {
    const server = await startBenchSandbox();
    try {
      await server.control("POST", "messages/history", { AccountSid: ACCOUNT_SID, Count: historySize });
      const result = await runChild("listMemory.cjs", { BENCH_BASE_URL: server.url, BENCH_LIMIT: String(limit) }, ["--expose-gc"]);
      if (result.returned !== limit) throw new Error(`listMessages returned ${result.returned} messages for limit ${limit}`);
      return { ...result, pagesServed: server.requests.length - 1 };
    } finally {
      await server.stop();
    }
  };
  const million = 1_000_000;
  const runs = [];
  for (const limit of [1000, 5000, 10_000]) runs.push(await peakFor(limit, million));
  const small = await peakFor(10_000, 20_000);
  for (const run of runs) {
    const perTenThousand = (run.peakGrowthMB / run.limit) * 10_000;
    row(
      `listMessages limit ${run.limit}, 1M history: peak heap`,
      `${run.peakGrowthMB.toFixed(1)} MiB (${perTenThousand.toFixed(1)} MiB/10k msgs, ${run.pagesServed} pages)`,
      "-",
    );
  }
  const largest = runs[runs.length - 1];
  const measured = `${largest.peakGrowthMB.toFixed(1)} vs ${small.peakGrowthMB.toFixed(1)} MiB`;
  row("listMessages limit 10,000: 1M vs 20k history", measured, "<= 1.25x (history-free)", {
    ratio: largest.peakGrowthMB / small.peakGrowthMB,
    maxRatio: 1.25,
  });
  notes.push(
    "list memory: heapUsed sampled every 1 ms during one call after a full GC; the sandbox Twilio's synthetic history (/__sandbox/messages/history) makes each page from its PageToken, so the history costs neither side memory.",
  );
}

async function benchBulk(tls) {
  const component = (await import(BUNDLE)).default.default;
  if (!existsSync(join(ROOT, "src/actions/messages/sendBulkSMS.ts")) || !component.actions.sendBulkSMS) {
    rows.push(["bulk send", "skipped", "-", "-", "skip"]);
    notes.push("bulk: skipped, sendBulkSMS is not in the bundle yet.");
    return;
  }
  // Below Twilio's own answer time for a create (typically 150 ms or more), so the client's CPU per request still shows.
  const latencyMs = 100;
  const concurrency = 20;
  const server = await startBenchSandbox({ tls, latencyMs: () => latencyMs });
  // The first attempt for every 4th recipient is refused with a 429 (Retry-After: 0), answered at once.
  const recipients = new Set();
  server.faults.use((request) => {
    if (request.method !== "POST" || !request.path.endsWith("/Messages.json") || recipients.has(request.form.get("To"))) return undefined;
    recipients.add(request.form.get("To"));
    return recipients.size % 4 === 0 ? "429" : undefined;
  });
  try {
    const result = await runChild("bulk.cjs", {
      BENCH_BASE_URL: server.url,
      BENCH_RECIPIENTS: "1000",
      BENCH_CONCURRENCY: String(concurrency),
      NODE_EXTRA_CA_CERTS: tls.certFile,
    });
    const createdPerRecipient = new Map();
    for (const message of server.inspect("messages", ACCOUNT_SID)?.messages ?? []) {
      createdPerRecipient.set(message.to, (createdPerRecipient.get(message.to) ?? 0) + 1);
    }
    const duplicates = [...createdPerRecipient.values()].reduce((sum, count) => sum + count - 1, 0);
    const rateLimited = server.requests.filter((request) => request.status === 429).length;
    const answeredAfterLatency = server.requests.length - rateLimited;
    const ideal = Math.ceil(answeredAfterLatency / concurrency) * latencyMs;
    row("bulk 1,000 recipients: duplicate sends", String(duplicates), "= 0", { equals: { actual: duplicates, expected: 0 } });
    row("  recipients sent, each with its own SID", `${result.sentCount}, ${result.distinctSids} SIDs`, "= 1000", {
      equals: { actual: result.sentCount + result.distinctSids, expected: 2000 },
    });
    const measured = `${(result.wallMs / 1000).toFixed(2)} vs ${(ideal / 1000).toFixed(2)} s`;
    row(`bulk wall time vs ideal (C=${concurrency}, L=${latencyMs} ms)`, measured, "<= 1.2x ideal", {
      ratio: result.wallMs / ideal,
      maxRatio: 1.2,
    });
    row("  TLS connections opened by the bulk step", String(server.connections), "-");
    notes.push(
      `bulk: the sandbox Twilio answers after ${latencyMs} ms (its own work included); the first attempt for every 4th recipient is a 429 with Retry-After: 0, answered at once (${rateLimited} of ${server.requests.length} requests). ` +
        `ideal = ceil(requests answered after the latency / concurrency) x latency: every worker always busy, no time lost between requests.`,
    );
  } finally {
    await server.stop();
  }
}

/** The sandbox Twilio (sandbox/, TypeScript loaded as the scripts load it), with the bench's account. */
async function startBenchSandbox(options = {}) {
  const require = createRequire(import.meta.url);
  require("../scripts/register-ts.js");
  const { startSandbox } = require("../sandbox/index.ts");
  const { accounts = [], ...rest } = options;
  return startSandbox({ accounts: [{ sid: ACCOUNT_SID, authToken: AUTH_TOKEN, apiKeys: {} }, ...accounts], ...rest });
}

/** A self-signed certificate for 127.0.0.1 (sandbox/core/tls.ts): the sandbox serves HTTPS with it, children trust it. */
function loopbackCertificate() {
  const require = createRequire(import.meta.url);
  require("../scripts/register-ts.js");
  return require("../sandbox/index.ts").loopbackCertificate();
}

/** Creates a resource on the sandbox as a builder would have before the flow runs; returns its SID. */
async function createOnSandbox(sandbox, path, fields) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
    body: new URLSearchParams(fields),
  });
  const created = await response.json();
  if (!response.ok) throw new Error(`the sandbox refused ${path}: ${created.message}`);
  return created.sid;
}

/** What a fresh worker pays for its first steps: loading the bundle, then one step of each Twilio product. */
async function benchProducts() {
  const server = await startBenchSandbox();
  const productEnv = {
    BENCH_VERIFY_SERVICE: await createOnSandbox(server, "/verify/v2/Services", { FriendlyName: "Bench" }),
    BENCH_STUDIO_FLOW: await createOnSandbox(server, "/studio/v2/Flows", { FriendlyName: "Bench", Status: "published", Definition: "{}" }),
  };
  const everyProduct = "messages,phoneNumbers,account,raw,messagingServices,lookup,verify,content,studio,voice";
  const variants = { "load only": "", "load + sendSMS": "messages", "load + one step of each product": everyProduct };
  const runs = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  try {
    for (let round = 0; round < 5; round++) {
      for (const [name, products] of Object.entries(variants)) {
        runs[name].push(await runChild("products.cjs", { BENCH_BASE_URL: server.url, BENCH_PRODUCTS: products, ...productEnv }));
      }
    }
  } finally {
    await server.stop();
  }
  const summary = (list) => ({ wallMs: median(list.map((run) => run.wallMs)), rssMB: median(list.map((run) => run.maxRssKB)) / 1024 });
  const base = summary(runs["load only"]);
  for (const name of Object.keys(variants)) {
    const { wallMs, rssMB } = summary(runs[name]);
    row(`first steps of a worker: ${name}`, `${ms(wallMs)}, ${rssMB.toFixed(1)} MiB RSS`, "-", { ratio: rssMB / base.rssMB });
  }
  notes.push(
    `first steps: medians of 5 fresh processes each, through createHarness, against the sandbox Twilio; ratio = peak RSS over "load only". Products: ${everyProduct}.`,
  );
}

/**
 * The fault soak on Prismatic's execution model (bench/children/onceSoak.ts): the bundle's steps run
 * by test/support/prismaticRunner.ts against the sandbox Twilio and its Sync (rate limit on).
 */
async function benchSoak() {
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
  notes.push(
    `fault soak: each key sent by two concurrent executions, 10% of executions failing after their send step and retried from the first step (at most 3 runs, state not saved on failure), 10% redelivered while running, and a keyed bulk step of ${soak.bulk} run twice at once (one failing after it and retried); the sandbox loses 4% of create answers after creating (reset), answers 500 after creating to 4%, never answers 1% (client timeout 30 s), and refuses 10% of creates and 5% of Sync requests with a 429 first; requests answered after 0-20 ms; Sync's rate limit (${bulk.limit.perSecond}/s per Map, ${bulk.limit.burstSeconds} s window) on. ` +
      `Cost rows: 100 sends one after another without and with a key, Sync Service and Maps already created (their first use took ${(bulk.firstUseMs / 1000).toFixed(1)} s once per account: list, create, 1.5 s settle, list again, create a Map).`,
  );
}

function printTable() {
  const header = ["metric", "measured", "target", "ratio", "result"];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((cells) => cells[column].length)));
  const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join("  ");
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const cells of rows) console.log(line(cells));
  console.log("");
  for (const note of notes) console.log(`- ${note}`);
}

/** `node bench/run.mjs soak bulk` runs only those sections; no argument runs them all. */
const SECTIONS = ["bundle", "coldStart", "connections", "overhead", "listMemory", "bulk", "products", "soak"];
const chosen = process.argv.slice(2);
for (const name of chosen) if (!SECTIONS.includes(name)) throw new Error(`unknown bench section "${name}": one of ${SECTIONS.join(", ")}`);
const runs = (name) => chosen.length === 0 || chosen.includes(name);

const started = Date.now();
if (!runs("bundle") && !runs("coldStart")) ensureBuilt();
const floor = runs("bundle") || runs("coldStart") ? await benchBundle() : undefined;
if (runs("coldStart")) benchColdStart(floor);
const tls = ["connections", "overhead", "bulk"].some(runs) ? loopbackCertificate() : undefined;
if (runs("connections")) await benchConnections(tls);
if (runs("overhead")) await benchOverhead(tls);
if (runs("listMemory")) await benchListMemory();
if (runs("bulk")) await benchBulk(tls);
if (runs("products")) await benchProducts();
if (runs("soak")) await benchSoak();
printTable();
console.log(`- bench took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
process.exitCode = rows.some((cells) => cells[4] === "MISS") ? 1 : 0;
