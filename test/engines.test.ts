import { readFileSync } from "node:fs";
import { join } from "node:path";
import { satisfies, subset, validRange } from "semver";

/**
 * `npm ci` warns EBADENGINE for every installed package whose `engines.node` does not accept the
 * running Node. package.json's `engines.node` is the range the project promises (and CI runs), so
 * every package the lockfile can install (optional, platform-specific ones included) must accept
 * every version in it. A dependency bump that pulls a package requiring a newer Node fails here,
 * naming the package, before anyone sees the warning.
 */
const root = join(__dirname, "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  engines?: { node?: string };
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, { version?: string; engines?: unknown; hasInstallScript?: boolean }>;
};
const declared = manifest.engines?.node ?? "";

function nodeRangeOf(engines: unknown): string | undefined {
  if (engines === null || typeof engines !== "object" || Array.isArray(engines)) return undefined;
  const node = (engines as Record<string, unknown>).node;
  return typeof node === "string" ? node : undefined;
}

const locked = Object.entries(lock.packages)
  .filter(([path]) => path !== "")
  .map(([path, entry]) => ({ name: `${path.replace(/^.*node_modules\//, "")}@${entry.version}`, node: nodeRangeOf(entry.engines) }))
  .filter((entry): entry is { name: string; node: string } => entry.node !== undefined);

/** The Node this machine runs (20 from 20.19) and the LTS lines in support (22, 24): each is promised on its own. */
const NODE_LINES = ["^20.19.0", "^22.13.0", "^24.0.0"];

describe("engines", () => {
  it("package.json declares Node 20 from 20.19, and the LTS lines 22 and 24, and nothing else", () => {
    expect(validRange(declared)).not.toBeNull();
    expect(subset(declared, NODE_LINES.join(" || "))).toBe(true);
    for (const line of ["20.19.0", "20.20.2", "22.13.0", "22.20.0", "24.0.0", "24.12.0"]) expect(satisfies(line, declared)).toBe(true);
    for (const older of ["18.20.0", "20.18.3", "21.7.0", "23.11.0", "25.0.0"]) expect(satisfies(older, declared)).toBe(false);
  });

  it("finds the packages of the lockfile that declare a Node engine", () => {
    expect(locked.map((entry) => entry.name)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^@stoplight\/prism-cli@/),
        expect.stringMatching(/^webpack-cli@/),
        expect.stringMatching(/^twilio@/),
      ]),
    );
  });

  it("has no locked package that rejects a Node version package.json declares (npm ci would warn EBADENGINE)", () => {
    const rejecting = locked.filter((entry) => !subset(declared, entry.node, { loose: true })).map((e) => `${e.name} needs ${e.node}`);
    expect(rejecting).toEqual([]);
  });

  it.each(NODE_LINES)("has no locked package that rejects a Node of %s", (line) => {
    const rejecting = locked.filter((entry) => !subset(line, entry.node, { loose: true })).map((e) => `${e.name} needs ${e.node}`);
    expect(rejecting).toEqual([]);
  });

  /**
   * npm 11 runs no dependency install script unless allowScripts approves it, and warns at `npm ci`
   * about each one it has no decision for. Both of today's are denied: @parcel/watcher's only
   * builds from source when asked to (its prebuilt binary is an optional dependency), and
   * unrs-resolver's only downloads its native binding when the optional dependency carrying it
   * is missing.
   */
  it("has a decision in allowScripts for every locked package with an install script (npm ci would warn otherwise)", () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ""));
    expect(withScripts.length).toBeGreaterThan(0);
    expect(withScripts.filter((name) => manifest.allowScripts?.[name] === undefined)).toEqual([]);
  });
});
