import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Action, Component, DataSource, Input } from "@prismatic-io/spectral/dist/serverTypes";

type Trigger = Component["triggers"][string];

export const REPO_ROOT = resolve(__dirname, "..", "..");
export const BUNDLE_PATH = join(REPO_ROOT, "dist", "index.js");

/** What the bundle is built from: a change to any of these makes dist/index.js stale. */
const BUILD_INPUTS = ["src", "assets", "webpack.config.js", "tsconfig.build.json", "package-lock.json"];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs);
}

/** Why the bundle must be (re)built, or undefined when dist/index.js is newer than everything it is built from. */
export function staleBundleReason(): string | undefined {
  if (!existsSync(BUNDLE_PATH)) return "dist/index.js does not exist yet";
  const builtAt = statSync(BUNDLE_PATH).mtimeMs;
  const changed = BUILD_INPUTS.find((input) => newestChange(join(REPO_ROOT, input)) > builtAt);
  return changed && `${changed} changed since dist/index.js was built`;
}

/** Runs `npm run build` when the bundle is missing or stale. Webpack's output goes to stderr so stdout stays the script's own. */
export function ensureBundleBuilt(log: (line: string) => void): void {
  const reason = staleBundleReason();
  if (!reason) return;
  log(`Building the component (${reason}): npm run build …`);
  const started = Date.now();
  const build = spawnSync("npm", BUILD_ARGS, { cwd: REPO_ROOT, stdio: ["ignore", process.stderr, process.stderr] });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal}): see its output above.`);
  markBundleBuilt();
  log(`Built ${relative(REPO_ROOT, BUNDLE_PATH)} in ${seconds(Date.now() - started)}.`);
}

/** `npm <BUILD_ARGS>` builds dist/. */
export const BUILD_ARGS = ["run", "build", "--silent"];

/** Webpack leaves an unchanged bundle untouched, so its time would still say "stale": the build touches it. */
export function markBundleBuilt(): void {
  const now = new Date();
  utimesSync(BUNDLE_PATH, now, now);
}

/** The component exactly as `prism components:publish` ships it. */
export function loadBuiltComponent(): Component {
  return (require(BUNDLE_PATH) as { default: Component }).default;
}

export type PartKind = "action" | "trigger" | "dataSource";

export interface ComponentPart {
  kind: PartKind;
  key: string;
  definition: Action | Trigger | DataSource;
}

/** Every action, trigger and data source the component defines, in definition order. */
export function componentParts(component: Component): ComponentPart[] {
  const of = (kind: PartKind, record: Record<string, Action | Trigger | DataSource> | undefined) =>
    Object.entries(record ?? {}).map(([key, definition]) => ({ kind, key, definition }));
  return [...of("action", component.actions), ...of("trigger", component.triggers), ...of("dataSource", component.dataSources)];
}

export function connectionInputOf(part: ComponentPart): Input | undefined {
  return part.definition.inputs.find((input) => input.type === "connection");
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
