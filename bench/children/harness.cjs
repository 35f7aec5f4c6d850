// Loads the BUILT bundle the way the platform runs it: createHarness applies defaults, clean and the error hook.
const path = require("node:path");
const { createHarness } = require("@prismatic-io/spectral/dist/testing");

const bundle = process.env.BENCH_BUNDLE ?? path.resolve(__dirname, "../../dist/index.js");
const harness = createHarness(require(bundle).default);
const ACCOUNT_SID = `AC${"0123456789abcdef".repeat(2)}`;

function connection(baseUrl, authToken = "f1e2d3c4b5a697887766554433221100", accountSid = ACCOUNT_SID) {
  return { key: "basic", configVarKey: "twilioConnection", fields: { username: accountSid, password: authToken, baseUrl } };
}

const report = (result) => process.stdout.write(`${JSON.stringify(result)}\n`);

module.exports = { harness, connection, report, baseUrl: process.env.BENCH_BASE_URL };
