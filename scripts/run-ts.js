/**
 * Runs one of this repository's TypeScript scripts without a build step or a new dependency:
 * each .ts file is transpiled on require by the TypeScript compiler the project already pins.
 * Types are checked by `npm run typecheck` (tsconfig.json includes scripts/), not here.
 *
 * Usage: node scripts/run-ts.js scripts/start.ts [arguments...]
 */
const { readFileSync } = require("node:fs");
const { resolve } = require("node:path");
const ts = require("typescript");

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  inlineSourceMap: true,
};

require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, "utf8"), { fileName: filename, compilerOptions });
  module._compile(outputText, filename);
};

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error("Usage: node scripts/run-ts.js <script.ts> [arguments...]");
  process.exit(2);
}
process.argv = [process.argv[0], resolve(script), ...args];
process.setSourceMapsEnabled(true);
require(resolve(script));
