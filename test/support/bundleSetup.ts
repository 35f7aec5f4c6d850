import { ensureBundleBuilt } from "../../scripts/lib/bundle";

/**
 * The tests of the built bundle and of the scripts need dist/ up to date: it is built here, once,
 * before their workers start, so no two workers build at once.
 */
export default function bundleSetup(): void {
  ensureBundleBuilt((line) => process.stderr.write(`${line}\n`));
}
