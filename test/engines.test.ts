import { readFileSync } from "node:fs";
import { join } from "node:path";
import { subset, validRange } from "semver";

/**
 * `npm ci` warns EBADENGINE for every installed package whose `engines.node` does not accept the
 * running Node. package.json's `engines.node` is the range the project promises (and CI runs), so
 * every package the lockfile can install (optional, platform-specific ones included) must accept
 * every version in it. A dependency bump that pulls a package requiring a newer Node fails here,
 * naming the package, before anyone sees the warning.
 */
const root = join(__dirname, "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { engines?: { node?: string } };
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, { version?: string; engines?: unknown }>;
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

describe("engines", () => {
  it("package.json declares a Node 20 range", () => {
    expect(validRange(declared)).not.toBeNull();
    expect(subset(declared, ">=20.0.0 <21.0.0")).toBe(true);
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
});
