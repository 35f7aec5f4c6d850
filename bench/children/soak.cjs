// The fault soak's client side: single sends (many steps at once) and one bulk step, each to
// distinct recipients, reporting what the component said happened to every recipient.
const { harness, connection, report, baseUrl } = require("./harness.cjs");

const twilioConnection = connection(baseUrl);
const recipient = (offset, i) => `+1555${String(offset + i).padStart(7, "0")}`;

/** What a single step said: sent, refused for good, or explicitly "may have been sent". */
async function singleOutcome(to) {
  try {
    await harness.action("sendSMS", { twilioConnection, to, from: "+15017122661", message: "Soak" });
    return "sent";
  } catch (error) {
    return /may have been sent/.test(String(error?.message)) ? "unknown" : "failed";
  }
}

async function main() {
  const singles = Number(process.env.BENCH_SINGLES);
  const bulkSize = Number(process.env.BENCH_BULK);
  const concurrency = Number(process.env.BENCH_CONCURRENCY);
  const start = process.hrtime.bigint();
  const outcomes = {};
  const queue = Array.from({ length: singles }, (_, i) => recipient(0, i));
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let to = queue.shift(); to; to = queue.shift()) outcomes[to] = await singleOutcome(to);
    }),
  );
  const { data } = await harness.action("sendBulkSMS", {
    twilioConnection,
    recipients: Array.from({ length: bulkSize }, (_, i) => recipient(singles, i)),
    from: "+15017122661",
    message: "Soak",
    concurrency: String(concurrency),
  });
  for (const row of data.results) outcomes[row.to] = row.success ? "sent" : row.outcome === "unknown" ? "unknown" : "failed";
  report({ wallMs: Number(process.hrtime.bigint() - start) / 1e6, outcomes });
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
