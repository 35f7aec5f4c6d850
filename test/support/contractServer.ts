import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
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
const POLL_REQUEST_TIMEOUT_MS = 2_000;
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
  try {
    return await launchPrism(writeContractSpec(specDir));
  } finally {
    // Prism has read the spec by the time it answers (and only reloads it on change, not on
    // deletion), so removing it now leaves nothing behind even if this process is killed later.
    rmSync(specDir, { recursive: true, force: true });
  }
}

async function launchPrism(specPath: string): Promise<ContractServer> {
  const port = await findFreePort();
  const url = `http://${HOST}:${port}`;

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
      "-p",
      String(port),
      specPath,
    ],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  const stdout = keepTail(prism.stdout);
  const stderr = keepTail(prism.stderr);
  const closed = new Promise<void>((resolve) => {
    prism.once("close", () => resolve());
    prism.once("error", () => resolve());
  });

  const stop = async (): Promise<void> => {
    prism.kill("SIGTERM");
    const forceKill = setTimeout(() => prism.kill("SIGKILL"), STOP_GRACE_MS);
    await closed;
    clearTimeout(forceKill);
  };

  try {
    await waitUntilAnswering(url, prism);
  } catch (error) {
    await stop();
    throw new Error(
      `Prism contract server did not start: ${(error as Error).message}\n` +
        `--- Prism stdout (tail) ---\n${stdout()}\n--- Prism stderr (tail) ---\n${stderr()}`,
    );
  }
  return { url, stop };
}

/** Asks the OS for a free port. Another process could take it before Prism binds; unlikely enough locally. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
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

/** Any HTTP response (Prism answers 404 for "/") means it is listening and has loaded the spec. */
async function waitUntilAnswering(url: string, prism: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (prism.exitCode !== null || prism.signalCode !== null) {
      throw new Error(`Prism exited (${prism.exitCode ?? prism.signalCode}) before answering`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(POLL_REQUEST_TIMEOUT_MS) });
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
  }
  throw new Error(`no answer from ${url} within ${STARTUP_TIMEOUT_MS / 1000} s`);
}
