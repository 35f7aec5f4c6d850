import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { writeContractSpec } from "./contractSpec";

export interface ContractServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Stops Prism and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
}

const HOST = "127.0.0.1";
const STARTUP_TIMEOUT_MS = 60_000;
const POLL_INTERVAL_MS = 100;
const STOP_GRACE_MS = 5_000;
const OUTPUT_TAIL_CHARS = 8_000;

/**
 * Preloaded into Prism's process. Prism never reads stdin, so its stdin pipe only ends when
 * this (parent) process goes away, however it dies, SIGKILL included: then Prism exits too
 * instead of lingering on its port.
 */
const EXIT_WHEN_PARENT_DIES = "process.stdin.on('end', () => process.exit(0)).resume();";

/**
 * Starts Prism as a mock of Twilio's API (see contractSpec.ts) on a free local port and
 * resolves once it answers HTTP.
 *
 * Prism validates every request against the spec (path/query/body schemas, Basic auth) and
 * answers 422/401/415/404 problem+json when it does not match. `--errors` makes any violation,
 * of a request or of a response it serves, an error rather than a warning header; see
 * contractSpec.ts for the response keywords relaxed so Twilio's own examples pass.
 */
export async function startContractServer(): Promise<ContractServer> {
  const specDir = mkdtempSync(join(tmpdir(), "twilio-contract-"));
  // The spec stays on disk while Prism runs: Prism watches it, and when it vanishes under the
  // watcher Prism tries to reload it, fails, and exits (1) in the middle of a test run.
  const removeSpec = () => rmSync(specDir, { recursive: true, force: true });
  try {
    const server = await launchPrism(writeContractSpec(specDir));
    return {
      url: server.url,
      stop: async () => {
        await server.stop();
        removeSpec();
      },
    };
  } catch (error) {
    removeSpec();
    throw error;
  }
}

async function launchPrism(specPath: string): Promise<ContractServer> {
  const prism = spawn(
    process.execPath,
    [
      "--import",
      `data:text/javascript,${encodeURIComponent(EXIT_WHEN_PARENT_DIES)}`,
      require.resolve("@stoplight/prism-cli/dist/index.js"),
      "mock",
      "--errors",
      // Prism forks a worker when NODE_ENV=production; one process is what we kill.
      "--multiprocess=false",
      "-h",
      HOST,
      // Port 0: the OS picks a free port as Prism binds, so two test runs on one machine can never
      // race for the same port; Prism prints the URL it got.
      "-p",
      "0",
      specPath,
    ],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  const stdout = keepTail(prism.stdout);
  const stderr = keepTail(prism.stderr);
  let stopping = false;
  const closed = new Promise<void>((resolve) => {
    prism.once("close", (code, signal) => {
      // A contract server that dies mid-run shows up as ECONNREFUSED in some unrelated test: say why here.
      if (!stopping) process.stderr.write(`Prism contract server exited (${code ?? signal}) during the run.\n${stdout()}\n${stderr()}\n`);
      resolve();
    });
    prism.once("error", () => resolve());
  });

  const stop = async (): Promise<void> => {
    stopping = true;
    prism.kill("SIGTERM");
    const forceKill = setTimeout(() => prism.kill("SIGKILL"), STOP_GRACE_MS);
    await closed;
    clearTimeout(forceKill);
  };

  try {
    return { url: await listeningUrl(prism, stdout), stop };
  } catch (error) {
    await stop();
    throw new Error(
      `Prism contract server did not start: ${(error as Error).message}\n` +
        `--- Prism stdout (tail) ---\n${stdout()}\n--- Prism stderr (tail) ---\n${stderr()}`,
    );
  }
}

/**
 * Drains the stream (a full pipe buffer would block Prism's logging and then Prism itself)
 * and keeps its last characters for error messages.
 */
function keepTail(stream: Readable): () => string {
  let tail = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    tail = (tail + chunk).slice(-OUTPUT_TAIL_CHARS);
  });
  return () => tail;
}

const LISTENING_LINE = /Prism is listening on (http:\/\/[^\s]+)/;

/** Prism prints "Prism is listening on URL" once the spec is loaded and the port is bound. */
async function listeningUrl(prism: ChildProcess, stdout: () => string): Promise<string> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const listening = LISTENING_LINE.exec(stdout());
    if (listening) return listening[1].replace(/\/$/, "");
    if (prism.exitCode !== null || prism.signalCode !== null) {
      throw new Error(`Prism exited (${prism.exitCode ?? prism.signalCode}) before listening`);
    }
    await sleep(POLL_INTERVAL_MS);
  }
  throw new Error(`Prism did not report listening within ${STARTUP_TIMEOUT_MS / 1000} s`);
}
