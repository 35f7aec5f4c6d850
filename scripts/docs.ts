/**
 * `npm run docs`: regenerates the reference part of documentation.md (connection fields, and every
 * trigger, data source and action with its inputs and example payload) from the built component.
 * The hand-written parts around it are left as they are. `--check` only reports whether it is current.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ensureBundleBuilt, loadBuiltComponent, REPO_ROOT } from "./lib/bundle";
import { generateReference, withReference } from "./lib/reference";

const DOCUMENTATION_PATH = join(REPO_ROOT, "documentation.md");

function main(checkOnly: boolean): number {
  ensureBundleBuilt((line) => process.stderr.write(`${line}\n`));
  const current = readFileSync(DOCUMENTATION_PATH, "utf8");
  const updated = withReference(current, generateReference(loadBuiltComponent()));
  if (updated === current) {
    process.stdout.write("documentation.md is up to date with the component definition.\n");
    return 0;
  }
  if (checkOnly) {
    process.stdout.write("documentation.md is out of date: run npm run docs\n");
    return 1;
  }
  writeFileSync(DOCUMENTATION_PATH, updated);
  process.stdout.write("Regenerated the reference part of documentation.md.\n");
  return 0;
}

process.exitCode = main(process.argv.includes("--check"));
