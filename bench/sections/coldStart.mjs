// Cold start: the bundle against the floor, in fresh node processes (bench/coldStart.mjs measures).
import { BUNDLE } from "../bundles.mjs";
import { measureColdStart } from "../coldStart.mjs";
import { ms, note, row } from "../report.mjs";

export function benchColdStart(floor) {
  const { bundle, floor: base, rounds } = measureColdStart(BUNDLE, floor, 41);
  row("cold start: wall time, bundle vs floor", `${ms(bundle.wallMs)} vs ${ms(base.wallMs)}`, "<= 1.10x floor", {
    ratio: bundle.wallMs / base.wallMs,
    maxRatio: 1.1,
  });
  // What describing the component costs: performs, the client and twilio-node's request stack load on first use (client.js).
  row("  require() alone, bundle vs floor", `${ms(bundle.requireMs)} vs ${ms(base.requireMs)}`, "-", {
    ratio: bundle.requireMs / base.requireMs,
  });
  row("cold start: peak RSS, bundle vs floor", `${bundle.maxRssMB.toFixed(1)} vs ${base.maxRssMB.toFixed(1)} MiB`, "<= 1.1x floor", {
    ratio: bundle.maxRssMB / base.maxRssMB,
    maxRatio: 1.1,
  });
  if (bundle.wallMs / base.wallMs > 1.1) {
    note(
      `cold start MISS: the bundle's require() takes ${(bundle.requireMs - base.requireMs).toFixed(1)} ms more than the floor's. index.js holds only what describes the component (definitions, inputs and their clean functions, example payloads, the error hook); performs import the client, and twilio-node with it, from client.js on first use.`,
    );
  }
  note(
    `cold start: median of ${rounds} fresh \`node\` processes each, alternated; wall time includes Node's own start-up, identical for both. require() alone is the time to load the bundle inside the process.`,
  );
}
