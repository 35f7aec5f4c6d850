// Peak heap growth of one listMessages call (run with --expose-gc): sampled every millisecond
// while the call runs, against the heap after a full collection just before it.
const { harness, connection, report, baseUrl } = require("./harness.cjs");

async function main() {
  const limit = Number(process.env.BENCH_LIMIT);
  const twilioConnection = connection(baseUrl);
  await harness.action("listMessages", { twilioConnection, limit: "1" });
  global.gc();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const sampler = setInterval(sample, 1);
  const { data } = await harness.action("listMessages", { twilioConnection, limit: String(limit) });
  sample();
  clearInterval(sampler);
  report({ limit, returned: data.messages.length, hasMore: data.hasMore, peakGrowthMB: (peak - baseline) / 2 ** 20 });
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
