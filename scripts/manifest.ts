/**
 * `npm run manifest`: builds dist/ if it is stale, then writes the component's manifest package
 * (spectral's `component-manifest` generator: actions, triggers, data sources and connections with
 * typed inputs, for code-native integrations) to component-manifest/, offline. The folder is
 * replaced on every run and ignored by git. test/manifest.test.ts type-checks a code-native
 * integration against a manifest generated the same way.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { ensureBundleBuilt, REPO_ROOT } from "./lib/bundle";
import { generateComponentManifest, MANIFEST_DIR, MANIFEST_PACKAGE, writeSelfIgnore } from "./lib/manifest";

async function main(): Promise<void> {
  ensureBundleBuilt((line) => process.stderr.write(`${line}\n`));
  const { dir, output } = await generateComponentManifest(MANIFEST_DIR);
  writeSelfIgnore(dir);
  process.stderr.write(output);
  const count = (kind: string) => readdirSync(join(dir, "src", kind)).filter((name) => name !== "index.ts").length;
  const parts = ["actions", "triggers", "dataSources", "connections"].map((kind) => `${count(kind)} ${kind}`).join(", ");
  process.stdout.write(`Wrote ${MANIFEST_PACKAGE} (${parts}) to ${relative(REPO_ROOT, dir)}/\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
