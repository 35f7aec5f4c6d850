/**
 * Runs one of this repository's TypeScript scripts (see register-ts.js).
 *
 * Usage: node scripts/run-ts.js scripts/start.ts [arguments...]
 */
const { resolve } = require("node:path");
require("./register-ts");

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error("Usage: node scripts/run-ts.js <script.ts> [arguments...]");
  process.exit(2);
}
process.argv = [process.argv[0], resolve(script), ...args];
require(resolve(script));
