/**
 * Lets `require` load this repository's TypeScript files without a build step or a new
 * dependency: each .ts file is transpiled on load by the TypeScript compiler the project already
 * pins. Types are checked by `npm run typecheck` (tsconfig.json includes scripts/), not here.
 *
 * Loading the compiler is most of a short script's time (about 1.4 s of 2.3 s for `npm run
 * invoke`), so each transpiled file is kept in node_modules/.cache/register-ts under a hash of
 * its path, its text and the compiler's version: a script whose files are all kept there never
 * loads the compiler.
 */
const { createHash } = require("node:crypto");
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const CACHE_DIR = join(__dirname, "..", "node_modules", ".cache", "register-ts");
/** Named as the compiler's enums name them, so the options are part of each file's cache key without loading the compiler. */
const OPTIONS = { module: "CommonJS", target: "ES2022", esModuleInterop: true, inlineSourceMap: true };
const CACHE_KEY_PREFIX = `${require("typescript/package.json").version}\0${JSON.stringify(OPTIONS)}`;

let compile;
/** The compiler, loaded on the first file the cache does not hold. */
function compiler() {
  if (!compile) {
    const ts = require("typescript");
    const compilerOptions = { ...OPTIONS, module: ts.ModuleKind[OPTIONS.module], target: ts.ScriptTarget[OPTIONS.target] };
    compile = (source, fileName) => ts.transpileModule(source, { fileName, compilerOptions }).outputText;
  }
  return compile;
}

function transpiled(filename) {
  const source = readFileSync(filename, "utf8");
  const key = createHash("sha256").update(`${CACHE_KEY_PREFIX}\0${filename}\0${source}`).digest("hex");
  const cached = join(CACHE_DIR, `${key}.js`);
  try {
    return readFileSync(cached, "utf8");
  } catch {
    const output = compiler()(source, filename);
    // Written aside, then renamed: scripts running at once never read half a file.
    const partial = `${cached}.${process.pid}`;
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(partial, output);
    renameSync(partial, cached);
    return output;
  }
}

require.extensions[".ts"] = (module, filename) => {
  module._compile(transpiled(filename), filename);
};
process.setSourceMapsEnabled(true);
