// Per-invocation overhead: sendSMS against a bare axios POST, on the same HTTPS connection settings.
import { runChild, startBenchSandbox } from "../benchSandbox.mjs";
import { note, row } from "../report.mjs";

export async function benchOverhead(tls) {
  const server = await startBenchSandbox({ tls });
  try {
    const { componentMs, axiosMs, iterations } = await runChild("overhead.cjs", {
      BENCH_BASE_URL: server.url,
      BENCH_ITERATIONS: "1000",
      NODE_EXTRA_CA_CERTS: tls.certFile,
    });
    const measured = `${componentMs.toFixed(3)} vs ${axiosMs.toFixed(3)} ms`;
    row("per invocation: sendSMS vs bare axios POST", measured, "<= 1.3x axios", { ratio: componentMs / axiosMs, maxRatio: 1.3 });
    note(
      `overhead: medians of ${iterations} alternated calls each after 200 warm-up pairs, HTTPS on 127.0.0.1 to the sandbox Twilio (which checks each request and answer against Twilio's spec, the same work for both), same https.Agent settings as twilio-node's RequestClient.`,
    );
  } finally {
    await server.stop();
  }
}
