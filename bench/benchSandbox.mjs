// What the sections share: the sandbox Twilio with the bench's accounts, and the child processes
// (bench/children/) that run the built bundle against it.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { BUNDLE, ROOT } from "./bundles.mjs";

/** The bench's Twilio account on the sandbox: the one bench/children/harness.cjs connects with. */
export const ACCOUNT_SID = `AC${"0123456789abcdef".repeat(2)}`;
export const AUTH_TOKEN = "f1e2d3c4b5a697887766554433221100";
/** A second account, for the row where one worker runs with two credentials in turn. */
export const OTHER_ACCOUNT = { sid: `AC${"fedcba9876543210".repeat(2)}`, authToken: "00112233445566778899aabbccddeeff", apiKeys: {} };

export function runChild(script, env, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...nodeArgs, join(ROOT, "bench", "children", script)],
      { cwd: ROOT, env: { ...process.env, BENCH_BUNDLE: BUNDLE, ...env }, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${script} failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout.trim().split("\n").pop()));
      },
    );
  });
}

/** The sandbox's modules (sandbox/, TypeScript loaded as the scripts load it). */
function sandboxModule() {
  const require = createRequire(import.meta.url);
  require("../scripts/register-ts.js");
  return require("../sandbox/index.ts");
}

/** The sandbox Twilio with the bench's account (and any others given). */
export async function startBenchSandbox(options = {}) {
  const { accounts = [], ...rest } = options;
  return sandboxModule().startSandbox({ accounts: [{ sid: ACCOUNT_SID, authToken: AUTH_TOKEN, apiKeys: {} }, ...accounts], ...rest });
}

/** A self-signed certificate for 127.0.0.1 (sandbox/core/tls.ts): the sandbox serves HTTPS with it, children trust it. */
export function loopbackCertificate() {
  return sandboxModule().loopbackCertificate();
}

/** Creates a resource on the sandbox as a builder would have before the flow runs; returns its SID. */
export async function createOnSandbox(sandbox, path, fields) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
    body: new URLSearchParams(fields),
  });
  const created = await response.json();
  if (!response.ok) throw new Error(`the sandbox refused ${path}: ${created.message}`);
  return created.sid;
}
