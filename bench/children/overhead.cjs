// Warm per-invocation time of sendSMS through the bundle against a bare axios POST of the same
// form to the same server, alternated so both see the same machine state.
const https = require("node:https");
const axios = require("axios");
const { harness, connection, report, baseUrl } = require("./harness.cjs");

const ACCOUNT_SID = `AC${"0123456789abcdef".repeat(2)}`;
const AUTH_TOKEN = "f1e2d3c4b5a697887766554433221100";
// The agent twilio-node's RequestClient builds with keepAlive on (its defaults).
const agent = new https.Agent({ keepAlive: true, timeout: 30_000, maxSockets: 20, maxTotalSockets: 100, maxFreeSockets: 5 });
const twilioConnection = connection(baseUrl, AUTH_TOKEN);
const form = { To: "+15558675310", From: "+15017122661", Body: "hi" };

const viaComponent = () => harness.action("sendSMS", { twilioConnection, to: form.To, from: form.From, message: form.Body });
const viaAxios = () =>
  axios.post(`${baseUrl}/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`, new URLSearchParams(form).toString(), {
    httpsAgent: agent,
    auth: { username: ACCOUNT_SID, password: AUTH_TOKEN },
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
  });

async function timed(run) {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const iterations = Number(process.env.BENCH_ITERATIONS);
  for (let i = 0; i < 200; i++) {
    await viaComponent();
    await viaAxios();
  }
  const component = [];
  const bare = [];
  for (let i = 0; i < iterations; i++) {
    if (i % 2 === 0) {
      component.push(await timed(viaComponent));
      bare.push(await timed(viaAxios));
    } else {
      bare.push(await timed(viaAxios));
      component.push(await timed(viaComponent));
    }
  }
  report({ componentMs: median(component), axiosMs: median(bare), iterations });
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
