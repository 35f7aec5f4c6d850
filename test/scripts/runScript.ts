import { spawn } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../../scripts/lib/bundle";

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a script as `npm run` would, with no Twilio credentials in its environment (so it uses its
 * embedded server) other than the TWILIO_* variables given in `twilioEnv`.
 */
export function runScript(script: string, args: string[], twilioEnv: Record<string, string> = {}): Promise<ScriptRun> {
  return run(process.execPath, [join(REPO_ROOT, "scripts", "run-ts.js"), join(REPO_ROOT, "scripts", script), ...args], twilioEnv);
}

/** Runs `npm run --silent <name>` itself, so package.json's wiring is part of what is tested. Same environment as runScript. */
export function runNpmScript(name: string, twilioEnv: Record<string, string> = {}): Promise<ScriptRun> {
  return run(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", name], twilioEnv);
}

function run(command: string, args: string[], twilioEnv: Record<string, string>): Promise<ScriptRun> {
  const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith("TWILIO_"));
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...Object.fromEntries(inherited), ...twilioEnv },
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
