// List memory: listMessages' peak heap bounded by its limit, not by the account's history.
import { ACCOUNT_SID, runChild, startBenchSandbox } from "../benchSandbox.mjs";
import { note, row } from "../report.mjs";

export async function benchListMemory() {
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
  note(
    "list memory: heapUsed sampled every 1 ms during one call after a full GC; the sandbox Twilio's synthetic history (/__sandbox/messages/history) makes each page from its PageToken, so the history costs neither side memory.",
  );
}
