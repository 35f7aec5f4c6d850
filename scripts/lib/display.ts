import { inspect } from "node:util";
import type { ActionLogger } from "@prismatic-io/spectral/dist/serverTypes";

const MASK = "********";

/** Replaces every occurrence of a secret, wherever it sits in a value, before anything is printed. */
export function maskSecrets<T>(value: T, secrets: string[]): T {
  if (value === undefined) return value;
  const present = secrets.filter((secret) => secret.length > 0);
  const masked = present.reduce((text, secret) => text.split(secret).join(MASK), JSON.stringify(value, bufferAsText));
  return JSON.parse(masked) as T;
}

/** JSON as a step's result reads in Prismatic, with Buffers shown as their text and secrets masked. */
export function toJson(value: unknown, secrets: string[]): string {
  return JSON.stringify(maskSecrets(value, secrets) ?? null, null, 2);
}

/** Shows the last four characters only, the way consoles show a stored token. */
export function maskToken(token: string): string {
  return `${"*".repeat(Math.max(0, token.length - 4))}${token.slice(-4)}`;
}

/** JSON.stringify replacer: a Buffer reads as its text, not as an array of bytes. */
export function bufferAsText(_key: string, value: unknown): unknown {
  const serialized = value as { type?: unknown; data?: unknown } | null;
  if (serialized?.type === "Buffer" && Array.isArray(serialized.data))
    return `<Buffer: ${Buffer.from(serialized.data as number[]).toString("utf8")}>`;
  return value;
}

export interface AbridgeLimits {
  maxString: number;
  maxArrayItems: number;
  maxObjectKeys: number;
}

const SHORT: AbridgeLimits = { maxString: 70, maxArrayItems: 2, maxObjectKeys: 8 };

/** A shortened copy for reading at a glance: long strings cut, long arrays and objects summarized. */
export function abridge(value: unknown, limits: AbridgeLimits = SHORT): unknown {
  if (typeof value === "string") return value.length > limits.maxString ? `${value.slice(0, limits.maxString)}…` : value;
  if (Buffer.isBuffer(value)) return abridge(`<Buffer: ${value.toString("utf8")}>`, limits);
  if (Array.isArray(value)) {
    const shown = value.slice(0, limits.maxArrayItems).map((item) => abridge(item, limits));
    return value.length > shown.length ? [...shown, `… ${value.length - shown.length} more`] : shown;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    const shown = entries.slice(0, limits.maxObjectKeys).map(([key, item]) => [key, abridge(item, limits)]);
    if (entries.length > shown.length) shown.push(["…", `${entries.length - shown.length} more fields`]);
    return Object.fromEntries(shown);
  }
  return value;
}

export function render(value: unknown, colors: boolean): string {
  return inspect(value, { depth: 6, breakLength: 110, colors, compact: 3 });
}

export function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line, index) => (index === 0 ? line : `${prefix}${line}`))
    .join("\n");
}

/** A logger like the run log's, written to stderr with secrets masked. */
export function stderrLogger(secrets: string[]): ActionLogger {
  const write =
    (level: string) =>
    (...parts: unknown[]) => {
      const line = parts.map((part) => (typeof part === "string" ? part : render(part, false))).join(" ");
      process.stderr.write(`[${level}] ${maskSecrets(line, secrets)}\n`);
    };
  return {
    metric: write("metric"),
    trace: write("trace"),
    debug: write("debug"),
    info: write("info"),
    log: write("log"),
    warn: write("warn"),
    error: write("error"),
  };
}

const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
const QUIET_PERIOD_MS = 1000;
const TTY_FRAME_MS = 100;
const PLAIN_LINE_EVERY_MS = 5000;

/**
 * Shows that a slow call is still running (waiting for a reply, a bulk send) once it has taken
 * longer than a second: a spinner with elapsed seconds on a terminal, a line every few seconds
 * otherwise. Writes to stderr only, so stdout stays the result.
 */
export async function withProgress<T>(label: string, work: Promise<T>): Promise<T> {
  const started = Date.now();
  const elapsed = () => Math.floor((Date.now() - started) / 1000);
  const terminal = Boolean(process.stderr.isTTY);
  let frame = 0;
  let shown = false;
  let lastPlainLine = started;
  const timer = setInterval(
    () => {
      if (Date.now() - started < QUIET_PERIOD_MS) return;
      shown = true;
      if (terminal) {
        process.stderr.write(`\r${SPINNER[frame++ % SPINNER.length]} ${label} … ${elapsed()} s `);
      } else if (Date.now() - lastPlainLine >= PLAIN_LINE_EVERY_MS) {
        lastPlainLine = Date.now();
        process.stderr.write(`… ${label}: still running after ${elapsed()} s\n`);
      }
    },
    terminal ? TTY_FRAME_MS : 250,
  );
  try {
    return await work;
  } finally {
    clearInterval(timer);
    if (shown && terminal) process.stderr.write(`\r\u001b[2K${label}: finished after ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
}
