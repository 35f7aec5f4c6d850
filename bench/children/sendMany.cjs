// Sequential sendSMS invocations, one fresh worker: the accounts of BENCH_ACCOUNTS ([[sid, authToken], ...]) used in turn.
const { harness, connection, report, baseUrl } = require("./harness.cjs");

async function main() {
  const invocations = Number(process.env.BENCH_INVOCATIONS);
  const accounts = JSON.parse(process.env.BENCH_ACCOUNTS);
  for (let i = 0; i < invocations; i++) {
    const [accountSid, authToken] = accounts[i % accounts.length];
    const twilioConnection = connection(baseUrl, authToken, accountSid);
    await harness.action("sendSMS", { twilioConnection, to: "+15558675310", from: "+15017122661", message: "hi" });
  }
  report({ invocations });
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
