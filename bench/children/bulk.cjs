// One sendBulkSMS step through the bundle: distinct recipients, timed from call to result.
const { harness, connection, report, baseUrl } = require("./harness.cjs");

async function main() {
  const count = Number(process.env.BENCH_RECIPIENTS);
  const recipients = Array.from({ length: count }, (_, i) => `+1555${String(i).padStart(7, "0")}`);
  const start = process.hrtime.bigint();
  const { data } = await harness.action("sendBulkSMS", {
    twilioConnection: connection(baseUrl),
    recipients,
    from: "+15017122661",
    message: "hi",
    concurrency: process.env.BENCH_CONCURRENCY,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const sids = new Set(data.results.map((result) => result.messageSid));
  report({ wallMs, sentCount: data.sentCount, failedCount: data.failedCount, distinctSids: sids.size });
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
