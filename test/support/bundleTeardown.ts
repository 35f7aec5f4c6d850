import { rmSync } from "node:fs";
import { BUNDLE_BUILD_ENV } from "./bundleBuild";
import type { GlobalWithBuild } from "./bundleSetup";

/** Never leaves the build running after the run, whether or not a test waited for it, nor its folder behind. */
export default async function bundleTeardown(): Promise<void> {
  await (globalThis as GlobalWithBuild).twilioBundleBuild;
  const dir = process.env[BUNDLE_BUILD_ENV];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
