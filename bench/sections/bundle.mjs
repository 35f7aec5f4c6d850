// Bundle size: dist/index.js against its 1.0 MB limit, with the floor (a component() alone) and the product chunks beside it.

import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { BUNDLE, buildFloor, ensureBuilt } from "../bundles.mjs";
import { note, row } from "../report.mjs";

const MB = 1_000_000;

export async function benchBundle() {
  const { rebuilt } = ensureBuilt();
  const floor = await buildFloor();
  const size = statSync(BUNDLE).size;
  const floorSize = statSync(floor).size;
  row("bundle size dist/index.js", `${(size / MB).toFixed(3)} MB`, "<= 1.0 MB", { ratio: size / MB, maxRatio: 1 });
  row("  floor bundle (only component())", `${(floorSize / MB).toFixed(3)} MB`, "-");
  const chunks = readdirSync(dirname(BUNDLE)).filter((file) => file.endsWith(".js") && join(dirname(BUNDLE), file) !== BUNDLE);
  const chunkBytes = chunks.reduce((sum, file) => sum + statSync(join(dirname(BUNDLE), file)).size, 0);
  row("  product chunks beside it, loaded on first use", `${chunks.length} files, ${(chunkBytes / MB).toFixed(3)} MB`, "-");
  note(
    `bundle: ${rebuilt ? "rebuilt" : "up to date"}; the floor is a one-line component() entry built with webpack.config.js into ${floor}.`,
  );
  return floor;
}
