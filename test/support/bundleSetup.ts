import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUILD_ARGS, markBundleBuilt, REPO_ROOT, staleBundleReason } from "../../scripts/lib/bundle";
import { BUNDLE_BUILD_ENV, BUNDLE_BUILD_OUTPUT, BUNDLE_BUILD_STATUS } from "./bundleBuild";

/** globalSetup and globalTeardown run in the same process, so the build survives on globalThis. */
export type GlobalWithBuild = typeof globalThis & { twilioBundleBuild?: Promise<void> };

/**
 * The tests of the built bundle, the manifest and the scripts need dist/ up to date. When it is
 * stale it is built once, here, without waiting for it: the unit tests run meanwhile, and each
 * process-level test file waits for the build first (awaitBundle.ts), so no two of them build at
 * once. The workers find the build's folder in the environment they inherit.
 */
export default function bundleSetup(): void {
  const reason = staleBundleReason();
  if (!reason) return;
  const dir = mkdtempSync(join(tmpdir(), "twilio-bundle-build-"));
  process.env[BUNDLE_BUILD_ENV] = dir;
  const output = openSync(join(dir, BUNDLE_BUILD_OUTPUT), "w");
  writeSync(output, `Building the component (${reason}): npm ${BUILD_ARGS.join(" ")}\n`);
  const build = spawn("npm", BUILD_ARGS, { cwd: REPO_ROOT, stdio: ["ignore", output, output] });
  (globalThis as GlobalWithBuild).twilioBundleBuild = new Promise((resolve) => {
    build.once("close", (code, signal) => {
      closeSync(output);
      if (code === 0) markBundleBuilt();
      writeFileSync(join(dir, BUNDLE_BUILD_STATUS), String(code ?? signal));
      resolve();
    });
  });
}
