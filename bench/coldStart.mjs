import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./bundles.mjs";

const LOADER = join(ROOT, "bench", "children", "load.cjs");

/** Wall time of a fresh `node` that loads the bundle and exits, with its peak RSS. */
function loadOnce(bundle, ...flags) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [LOADER, bundle, ...flags], { encoding: "utf8" });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`loading ${bundle} failed: ${child.stderr}`);
  return { wallMs, ...JSON.parse(child.stdout) };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Alternates the two bundles (which goes first flips every round) so drift hits both alike. */
export function measureColdStart(bundle, floor, rounds) {
  const runs = { bundle: [], floor: [] };
  loadOnce(bundle);
  loadOnce(floor);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? ["floor", "bundle"] : ["bundle", "floor"];
    for (const which of order) runs[which].push(loadOnce(which === "bundle" ? bundle : floor));
  }
  const summary = (list) => ({
    wallMs: median(list.map((run) => run.wallMs)),
    requireMs: median(list.map((run) => run.requireMs)),
    maxRssMB: median(list.map((run) => run.maxRssKB)) / 1024,
  });
  return { bundle: summary(runs.bundle), floor: summary(runs.floor), rounds };
}

/** Median time a fresh process takes to read every part of the bundle once it is loaded. */
export function measureReadAll(bundle, rounds) {
  return median(Array.from({ length: rounds }, () => loadOnce(bundle, "--read-all").readAllMs));
}
