import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BUNDLE = join(ROOT, "dist", "index.js");
const require = createRequire(import.meta.url);

/** Builds dist/ with `npm run build` when it is missing or older than anything it is built from. */
export function ensureBuilt() {
  const built = statOrNull(BUNDLE)?.mtimeMs ?? 0;
  const inputs = [
    join(ROOT, "webpack.config.js"),
    join(ROOT, "package-lock.json"),
    join(ROOT, "tsconfig.json"),
    ...filesUnder(join(ROOT, "src")),
  ];
  const stale = inputs.some((file) => (statOrNull(file)?.mtimeMs ?? 0) > built);
  if (stale) execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  return { rebuilt: stale };
}

/**
 * The least any component can be: a one-line entry holding only spectral's component(), built
 * with this project's webpack settings (aliases and plugins included) into a temporary folder.
 */
export async function buildFloor() {
  const dir = mkdtempSync(join(tmpdir(), "twilio-bench-floor-"));
  const entry = join(dir, "floor.js");
  writeFileSync(
    entry,
    'module.exports = require("@prismatic-io/spectral").component({ key: "floor", public: false, display: { label: "Floor", description: "Only component()", iconPath: "icon.png" }, actions: {} });\n',
  );
  const webpack = require(join(ROOT, "node_modules/webpack"));
  const settings = require(join(ROOT, "webpack.config.js"));
  const config = {
    ...settings,
    context: ROOT,
    entry: { index: entry },
    output: { ...settings.output, path: dir },
    resolve: { ...settings.resolve, modules: [join(ROOT, "node_modules"), "node_modules"] },
    // The icon copy is the only plugin that is not about code.
    plugins: settings.plugins.filter((plugin) => plugin.constructor.name !== "CopyPlugin"),
  };
  await new Promise((done, fail) =>
    webpack(config, (error, stats) => {
      if (error || stats.hasErrors()) fail(error ?? new Error(stats.toString("errors-only")));
      else done();
    }),
  );
  return join(dir, "index.js");
}

function statOrNull(file) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
