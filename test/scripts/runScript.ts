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

/** Runs `npm run --silent <name> [-- args]` itself, so package.json's wiring is part of what is tested. Same environment as runScript. */
export function runNpmScript(name: string, twilioEnv: Record<string, string> = {}, args: string[] = []): Promise<ScriptRun> {
  return run(NPM, npmArguments(name, args), twilioEnv);
}

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const npmArguments = (name: string, args: string[]) => ["run", "--silent", name, ...(args.length > 0 ? ["--", ...args] : [])];

/** The environment of the scripts: this process's, without any TWILIO_* variable, plus those given. */
function scriptEnvironment(twilioEnv: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith("TWILIO_"));
  return { ...Object.fromEntries(inherited), ...twilioEnv };
}

/** A script that keeps running (`npm run sandbox`): what it printed so far, and how to stop it and its children. */
export interface RunningScript {
  stdout(): string;
  /** Resolves with the first stdout line matching `pattern`; rejects when the script exits first or after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  /** Sends SIGTERM to the whole process group (npm, its shell, node); resolves once all have exited and closed their output. */
  stop(): Promise<void>;
}

export function startNpmScript(name: string, env: Record<string, string> = {}): RunningScript {
  // Its own process group, so one signal reaches npm, the shell npm starts and the script's node.
  const child = spawn(NPM, npmArguments(name, []), {
    cwd: REPO_ROOT,
    env: scriptEnvironment(env),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  // "close": every process holding the pipes (the script's node too, not only npm) has exited.
  const closed = new Promise<void>((resolve) => child.once("close", () => resolve()));
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  return {
    stdout: () => stdout,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => finish(new Error(`no line matching ${pattern} within ${timeoutMs} ms; printed: ${stdout}${stderr}`)),
          timeoutMs,
        );
        const check = () => {
          const match = stdout.match(pattern);
          if (match) finish(undefined, match);
        };
        const onExit = () => finish(new Error(`npm run ${name} exited before printing ${pattern}: ${stdout}${stderr}`));
        function finish(error?: Error, match?: RegExpMatchArray) {
          clearTimeout(timer);
          child.stdout.off("data", check);
          child.off("exit", onExit);
          if (error) reject(error);
          else resolve(match as RegExpMatchArray);
        }
        child.stdout.on("data", check);
        child.once("exit", onExit);
        check();
      }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          // Already gone.
        }
      }
      return closed;
    },
  };
}

function run(command: string, args: string[], twilioEnv: Record<string, string>): Promise<ScriptRun> {
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: scriptEnvironment(twilioEnv),
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
