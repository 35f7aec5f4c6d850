// Bulk sending: no duplicate through 429s, wall time against the ideal for its concurrency.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ACCOUNT_SID, runChild, startBenchSandbox } from "../benchSandbox.mjs";
import { BUNDLE, ROOT } from "../bundles.mjs";
import { note, row, skipped } from "../report.mjs";

export async function benchBulk(tls) {
  const component = (await import(BUNDLE)).default.default;
  if (!existsSync(join(ROOT, "src/actions/messages/sendBulkSMS.ts")) || !component.actions.sendBulkSMS) {
    skipped("bulk send", "bulk: skipped, sendBulkSMS is not in the bundle yet.");
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
    note(
      `bulk: the sandbox Twilio answers after ${latencyMs} ms (its own work included); the first attempt for every 4th recipient is a 429 with Retry-After: 0, answered at once (${rateLimited} of ${server.requests.length} requests). ` +
        `ideal = ceil(requests answered after the latency / concurrency) x latency: every worker always busy, no time lost between requests.`,
    );
  } finally {
    await server.stop();
  }
}
