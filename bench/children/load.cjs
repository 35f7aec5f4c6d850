// One cold load of a bundle in this fresh process: time to require it and the peak RSS after.
// With --read-all, then the time to read every action, trigger and data source of it, as
// publishing or a manifest does (a step reads only its own).
const start = process.hrtime.bigint();
const exported = require(process.argv[2]);
const requireMs = Number(process.hrtime.bigint() - start) / 1e6;
let readAllMs;
if (process.argv[3] === "--read-all") {
  const loaded = exported.default ?? exported;
  for (const parts of [loaded.actions, loaded.triggers, loaded.dataSources]) Object.values(parts);
  readAllMs = Number(process.hrtime.bigint() - start) / 1e6 - requireMs;
}
process.stdout.write(JSON.stringify({ requireMs, readAllMs, maxRssKB: require("./peakRss.cjs").peakRssKB() }));
