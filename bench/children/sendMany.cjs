// Sequential sendSMS invocations, one fresh worker: `credentials` auth tokens used in turn.
const { harness, connection, report, baseUrl } = require("./harness.cjs");

async function main() {
  const invocations = Number(process.env.BENCH_INVOCATIONS);
  const tokens = Array.from({ length: Number(process.env.BENCH_CREDENTIALS) }, (_, i) => `${i}`.padStart(32, "a"));
  for (let i = 0; i < invocations; i++) {
    const twilioConnection = connection(baseUrl, tokens[i % tokens.length]);
    await harness.action("sendSMS", { twilioConnection, to: "+15558675310", from: "+15017122661", message: "hi" });
  }
  report({ invocations });
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
