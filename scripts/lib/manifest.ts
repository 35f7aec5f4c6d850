import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, relative, resolve } from "node:path";
import { REPO_ROOT } from "./bundle";

/** Where `npm run manifest` writes the manifest package. The folder ignores itself (see writeSelfIgnore). */
export const MANIFEST_DIR = join(REPO_ROOT, "component-manifest");
/** The package name the generator gives the manifest (its default, `@component-manifests/<component key>`). */
export const MANIFEST_PACKAGE = "@component-manifests/twilio";

const GENERATOR = join(REPO_ROOT, "node_modules", "@prismatic-io", "spectral", "bin", "component-manifest.js");
const PRISM_CLI = join(REPO_ROOT, "node_modules", "@prismatic-io", "prism", "lib", "run.js");

export interface GeneratedManifest {
  dir: string;
  /** What the generator printed (stdout and stderr), for error messages and the script's log. */
  output: string;
}

/**
 * Runs spectral's `component-manifest` generator on the built bundle (dist/index.js), offline,
 * writing a TypeScript manifest package (actions, triggers, data sources and connections with
 * typed inputs) to `outDir`.
 *
 * What the generator does, read from @prismatic-io/spectral 10.31.1 (dist/generators/componentManifest):
 * - It requires `dist/index.js` of its working directory, so it runs from the repository root.
 * - It gets the component's signature by running `prism components:signature` through a shell,
 *   so the `prism` on the PATH must be Prismatic's CLI (@prismatic-io/prism). That name is also
 *   the bin of @stoplight/prism-cli, and node_modules/.bin/prism can be either: a shim in a
 *   temporary folder at the front of the PATH runs Prismatic's. With `--skip-signature-verify`
 *   the signature is the SHA-1 of dist/ zipped (prism walks up to package.json and reads its
 *   dist/) and nothing asks the platform.
 * - It deletes `outDir` (rm -rf) before writing, so outDir must be a folder of its own.
 */
export async function generateComponentManifest(outDir: string): Promise<GeneratedManifest> {
  const dir = resolve(outDir);
  refuseToDelete(dir);
  const shimDir = mkdtempSync(join(tmpdir(), "twilio-prism-cli-"));
  try {
    const shim = join(shimDir, "prism");
    writeFileSync(shim, `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(PRISM_CLI)} "$@"\n`);
    chmodSync(shim, 0o755);
    const output = await run(process.execPath, [GENERATOR, "--skip-signature-verify", "--output-dir", dir], {
      ...process.env,
      PATH: `${shimDir}${delimiter}${process.env.PATH ?? ""}`,
      // Prism's CLI otherwise checks the npm registry for a newer version of itself in the background.
      PRISM_SKIP_NEW_VERSION_CHECK: "true",
    });
    if (!existsSync(join(dir, "src", "index.ts"))) throw new Error(`component-manifest wrote no src/index.ts to ${dir}:\n${output}`);
    parseOutputSchemas(dir);
    return { dir, output };
  } finally {
    rmSync(shimDir, { recursive: true, force: true });
  }
}

/**
 * The generator empties its output folder: allow only a folder that does not exist, is empty, or
 * holds a manifest generated before (its package.json names the manifest package), and never
 * the repository or a folder that contains it.
 */
function refuseToDelete(dir: string): void {
  const fromDir = relative(dir, REPO_ROOT);
  if (fromDir === "" || !fromDir.startsWith(".."))
    throw new Error(`Refusing to generate the manifest into ${dir}: it holds the repository`);
  if (dir === dirname(dir)) throw new Error("Refusing to generate the manifest into the root folder");
  if (!existsSync(dir) || readdirSync(dir).length === 0) return;
  const packageJson = join(dir, "package.json");
  const name = existsSync(packageJson) ? (JSON.parse(readFileSync(packageJson, "utf8")) as { name?: string }).name : undefined;
  if (name !== MANIFEST_PACKAGE) {
    throw new Error(
      `Refusing to generate the manifest into ${dir}: the generator deletes it first, and it is not a ${MANIFEST_PACKAGE} manifest`,
    );
  }
}

/** An action's outputSchema as the generator writes it: the JSON Schema as a string literal. */
const WIRE_OUTPUT_SCHEMA = /(outputSchema: \{\s*type: "actionOutput",\s*schema:\s*)('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g;

/**
 * spectral 10.31.1's generator copies each action's outputSchema in its wire form, the JSON Schema
 * as a string, which spectral's own ComponentManifest type rejects (schema must be a JSON Schema):
 * an integration importing the manifest would not compile. The string is parsed where it stands.
 */
function parseOutputSchemas(dir: string): void {
  const actionsDir = join(dir, "src", "actions");
  for (const name of readdirSync(actionsDir)) {
    const file = join(actionsDir, name);
    writeFileSync(file, readFileSync(file, "utf8").replace(WIRE_OUTPUT_SCHEMA, "$1JSON.parse($2)"));
  }
}

/** Makes a generated folder ignore itself, so it needs no line in the repository's .gitignore. */
export function writeSelfIgnore(dir: string): void {
  writeFileSync(join(dir, ".gitignore"), "# Generated by npm run manifest\n*\n");
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
    });
    child.once("error", reject);
    child.once("close", (code, signal) => {
      if (code === 0) resolvePromise(output);
      else reject(new Error(`component-manifest exited (${code ?? signal}):\n${output}`));
    });
  });
}
