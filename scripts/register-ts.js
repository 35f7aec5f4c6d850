/**
 * Lets `require` load this repository's TypeScript files without a build step or a new
 * dependency: each .ts file is transpiled on load by the TypeScript compiler the project already
 * pins. Types are checked by `npm run typecheck` (tsconfig.json includes scripts/), not here.
 */
const { readFileSync } = require("node:fs");
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
process.setSourceMapsEnabled(true);
