// One cold load of a bundle in this fresh process: time to require it, and the peak RSS after.
const start = process.hrtime.bigint();
require(process.argv[2]);
const requireMs = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(JSON.stringify({ requireMs, maxRssKB: require("./peakRss.cjs").peakRssKB() }));
