import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Where bundleSetup.ts tells the test workers about a build it started: a folder with its output and, once it ended, its exit code. */
export const BUNDLE_BUILD_ENV = "TWILIO_TEST_BUNDLE_BUILD";
export const BUNDLE_BUILD_OUTPUT = "output.log";
export const BUNDLE_BUILD_STATUS = "status";
export const BUNDLE_BUILD_TIMEOUT_MS = 300_000;
const LOOK_INTERVAL_MS = 100;

/** Resolves once dist/ is built: at once when bundleSetup found it up to date, else when its build ends. Fails with the build's output. */
export async function bundleBuilt(): Promise<void> {
  const dir = process.env[BUNDLE_BUILD_ENV];
  if (!dir) return;
  const statusFile = join(dir, BUNDLE_BUILD_STATUS);
  while (!existsSync(statusFile)) await new Promise((resolve) => setTimeout(resolve, LOOK_INTERVAL_MS));
  const status = readFileSync(statusFile, "utf8");
  if (status !== "0") throw new Error(`npm run build failed (${status}):\n${readFileSync(join(dir, BUNDLE_BUILD_OUTPUT), "utf8")}`);
}
