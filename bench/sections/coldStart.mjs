// Cold start: the bundle against the floor, in fresh node processes (bench/coldStart.mjs measures).
import { BUNDLE } from "../bundles.mjs";
import { measureColdStart, measureReadAll } from "../coldStart.mjs";
import { ms, note, row } from "../report.mjs";

export function benchColdStart(floor) {
  const { bundle, floor: base, rounds } = measureColdStart(BUNDLE, floor, 41);
  row("cold start: wall time, bundle vs floor", `${ms(bundle.wallMs)} vs ${ms(base.wallMs)}`, "<= 1.10x floor", {
    ratio: bundle.wallMs / base.wallMs,
    maxRatio: 1.1,
  });
  // Each action, trigger and data source is evaluated and converted when first read; performs load the client (client.js) on first use.
  row("  require() alone, bundle vs floor", `${ms(bundle.requireMs)} vs ${ms(base.requireMs)}`, "-", {
    ratio: bundle.requireMs / base.requireMs,
  });
  row("  then reading every part (publishing, a manifest)", `+${ms(measureReadAll(BUNDLE, 11))}`, "-");
  row("cold start: peak RSS, bundle vs floor", `${bundle.maxRssMB.toFixed(1)} vs ${base.maxRssMB.toFixed(1)} MiB`, "<= 1.1x floor", {
    ratio: bundle.maxRssMB / base.maxRssMB,
    maxRatio: 1.1,
  });
  if (bundle.wallMs / base.wallMs > 1.1) {
    note(
      `cold start MISS: the bundle's require() takes ${(bundle.requireMs - base.requireMs).toFixed(1)} ms more than the floor's. At load, index.js is parsed and the component converted without its parts: each action, trigger and data source is evaluated and converted when first read (src/lazyTable.ts), and performs import the client, and twilio-node with it, from client.js on first use.`,
    );
  }
  note(
    `cold start: median of ${rounds} fresh \`node\` processes each, alternated; wall time includes Node's own start-up, identical for both. require() alone is the time to load the bundle inside the process; reading every part is what a step never pays, since it reads only its own.`,
  );
}
