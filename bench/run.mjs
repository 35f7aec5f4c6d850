// npm run bench: bundle size, cold start, connection reuse, per-invocation overhead, list memory,
// bulk sending, a worker's first steps and the fault soak, each measured on the BUILT bundle and
// printed next to its target. Each section is a module of bench/sections/; report.mjs keeps the table.

import { loopbackCertificate } from "./benchSandbox.mjs";
import { ensureBuilt } from "./bundles.mjs";
import { anyMissed, printTable } from "./report.mjs";
import { benchBulk } from "./sections/bulk.mjs";
import { benchBundle } from "./sections/bundle.mjs";
import { benchColdStart } from "./sections/coldStart.mjs";
import { benchConnections } from "./sections/connections.mjs";
import { benchListMemory } from "./sections/listMemory.mjs";
import { benchOverhead } from "./sections/overhead.mjs";
import { benchProducts } from "./sections/products.mjs";
import { benchSoak } from "./sections/soak.mjs";

/** `node bench/run.mjs soak bulk` runs only those sections; no argument runs them all. */
const SECTIONS = ["bundle", "coldStart", "connections", "overhead", "listMemory", "bulk", "products", "soak"];
const chosen = process.argv.slice(2);
for (const name of chosen) if (!SECTIONS.includes(name)) throw new Error(`unknown bench section "${name}": one of ${SECTIONS.join(", ")}`);
const runs = (name) => chosen.length === 0 || chosen.includes(name);

const started = Date.now();
if (!runs("bundle") && !runs("coldStart")) ensureBuilt();
// The cold start is measured against the floor bundle the bundle section builds.
const floor = runs("bundle") || runs("coldStart") ? await benchBundle() : undefined;
if (runs("coldStart")) benchColdStart(floor);
const tls = ["connections", "overhead", "bulk"].some(runs) ? loopbackCertificate() : undefined;
if (runs("connections")) await benchConnections(tls);
if (runs("overhead")) await benchOverhead(tls);
if (runs("listMemory")) await benchListMemory();
if (runs("bulk")) await benchBulk(tls);
if (runs("products")) await benchProducts();
if (runs("soak")) await benchSoak();
printTable();
console.log(`- bench took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
process.exitCode = anyMissed() ? 1 : 0;
