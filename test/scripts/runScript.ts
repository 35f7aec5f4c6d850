import { spawn } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../../scripts/lib/bundle";

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script as `npm run` would, with no Twilio credentials in its environment, so it uses its embedded server. */
export function runScript(script: string, args: string[]): Promise<ScriptRun> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("TWILIO_")));
  const child = spawn(process.execPath, [join(REPO_ROOT, "scripts", "run-ts.js"), join(REPO_ROOT, "scripts", script), ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}
