import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { componentParts, loadBuiltComponent, REPO_ROOT } from "../scripts/lib/bundle";
import { type GeneratedManifest, generateComponentManifest, MANIFEST_PACKAGE } from "../scripts/lib/manifest";

/**
 * The component is usable from code-native integrations: spectral's component-manifest generator
 * turns the built bundle (dist/index.js, built by globalSetup) into a TypeScript manifest package,
 * and a small integration (test/fixtures/codeNativeIntegration) that sends a text through the
 * manifest's sendSMS action, and reads fields of its output and of getSMS's, type-checks against it with the project's TypeScript. Deliberate
 * misuses must fail to type-check with the expected errors, and so must the integration when the
 * manifest's sendSMS inputs change.
 */
const FIXTURES = join(__dirname, "fixtures", "codeNativeIntegration");
const INTEGRATION = join(FIXTURES, "integration.ts");
const MISUSE = join(FIXTURES, "misuse.ts");
/** The fixtures' first line, which keeps `npm run typecheck` (that has no manifest) from checking them. */
const NO_CHECK_LINE = /^\/\/ @ts-nocheck: [^\n]*/;
const GENERATION_TIMEOUT_MS = 60_000;

/** What an integration's tsconfig would say, in TypeScript 6 terms (moduleResolution "node" is gone). */
function compilerOptions(manifestDir: string): ts.CompilerOptions {
  return {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    esModuleInterop: true,
    skipLibCheck: true,
    types: ["node"],
    // The integration imports the manifest by its package name, as it would once installed.
    paths: { [MANIFEST_PACKAGE]: [join(manifestDir, "src", "index.ts")] },
  };
}

interface Found {
  file: string;
  line: number;
  code: number;
  message: string;
}

/**
 * Type-checks the fixtures against the manifest in manifestDir. The fixtures are read without their
 * @ts-nocheck line (kept blank, so line numbers hold); `replace` swaps the text of other files.
 * With `onlyFiles`, only their errors are looked for: the checker then checks no more of the
 * manifest than they use, a fraction of the whole program's check.
 */
function typeCheck(
  manifestDir: string,
  replace: Record<string, string> = {},
  oldProgram?: ts.Program,
  onlyFiles?: string[],
): { program: ts.Program; found: Found[] } {
  const options = compilerOptions(manifestDir);
  const host = ts.createCompilerHost(options);
  const readSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const path = resolve(fileName);
    if (path === INTEGRATION || path === MISUSE) {
      const text = readFileSync(path, "utf8");
      if (!NO_CHECK_LINE.test(text)) throw new Error(`${path} must start with its // @ts-nocheck: line`);
      return ts.createSourceFile(fileName, text.replace(NO_CHECK_LINE, ""), languageVersion);
    }
    if (replace[path] !== undefined) return ts.createSourceFile(fileName, replace[path], languageVersion);
    return readSourceFile(fileName, languageVersion, onError, shouldCreate);
  };
  const program = ts.createProgram([INTEGRATION, MISUSE], options, host, oldProgram);
  const diagnostics = onlyFiles
    ? onlyFiles.flatMap((file) => {
        const source = program.getSourceFile(file);
        if (!source) throw new Error(`${file} is not part of the program`);
        return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
      })
    : ts.getPreEmitDiagnostics(program);
  const found = diagnostics.map((diagnostic) => {
    const line =
      diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
    return {
      file: diagnostic.file ? resolve(diagnostic.file.fileName) : "(options)",
      line,
      code: diagnostic.code,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
    };
  });
  return { program, found };
}

const show = (found: Found[]) => found.map((d) => `${d.file}:${d.line} TS${d.code} ${d.message}`);

/** The errors misuse.ts announces: `// TSnnnn text` at the end of a line. */
function announcedErrors(): { line: number; code: number; text: string }[] {
  return readFileSync(MISUSE, "utf8")
    .split("\n")
    .flatMap((source, index) => {
      const announced = /\/\/ TS(\d+) (.+)$/.exec(source);
      return announced ? [{ line: index + 1, code: Number(announced[1]), text: announced[2] }] : [];
    });
}

describe("component manifest for code-native integrations", () => {
  let workDir: string;
  let manifest: GeneratedManifest;
  let checked: { program: ts.Program; found: Found[] };

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), "twilio-manifest-test-"));
    manifest = await generateComponentManifest(join(workDir, "manifest"));
    // The manifest imports its peer dependency @prismatic-io/spectral: installed beside it, as in an integration.
    symlinkSync(join(REPO_ROOT, "node_modules"), join(manifest.dir, "node_modules"), "junction");
    checked = typeCheck(manifest.dir);
  }, GENERATION_TIMEOUT_MS);

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  const sourceOf = (...path: string[]) => readFileSync(join(manifest.dir, "src", ...path), "utf8");
  /** The key each generated file of a folder declares first (the part's own key). */
  const keysIn = (folder: string) =>
    readdirSync(join(manifest.dir, "src", folder))
      .filter((name) => name !== "index.ts")
      .map((name) => /\bkey: "([^"]+)"/.exec(sourceOf(folder, name))?.[1])
      .sort();

  it("generates the manifest package of the built component, with every action, trigger, data source and connection", () => {
    const component = loadBuiltComponent();
    const keysOf = (kind: string) =>
      componentParts(component)
        .filter((part) => part.kind === kind)
        .map((part) => part.key)
        .sort();

    expect(JSON.parse(readFileSync(join(manifest.dir, "package.json"), "utf8")).name).toBe(MANIFEST_PACKAGE);
    expect(sourceOf("index.ts")).toContain('key: "twilio"');
    expect(keysIn("actions")).toEqual(keysOf("action"));
    expect(keysIn("triggers")).toEqual(keysOf("trigger"));
    expect(keysIn("dataSources")).toEqual(keysOf("dataSource"));
    expect(keysIn("connections")).toEqual(component.connections.map((connection) => connection.key).sort());
    expect(keysOf("action")).toContain("sendSMS");
  });

  it("type-checks the code-native integration that sends a text through the manifest's sendSMS", () => {
    expect(show(checked.found.filter((d) => d.file !== MISUSE))).toEqual([]);
  });

  it("rejects each deliberate misuse of sendSMS with the error it announces, and nothing else in that file", () => {
    const announced = announcedErrors();
    const inMisuse = checked.found.filter((d) => d.file === MISUSE);

    expect(announced.length).toBeGreaterThanOrEqual(5);
    expect(inMisuse.map((d) => `line ${d.line} TS${d.code}`)).toEqual(announced.map((a) => `line ${a.line} TS${a.code}`));
    for (const { line, text } of announced) {
      expect(inMisuse.find((d) => d.line === line)?.message).toContain(text);
    }
  });

  /** The JSON Schema a manifest action's outputSchema carries, from the string the generator writes (see parseOutputSchemas). */
  const manifestOutputSchema = (file: string) => {
    const literal = /schema:\s*JSON\.parse\(('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\)/.exec(sourceOf("actions", file))?.[1];
    if (!literal) throw new Error(`no outputSchema in the manifest's ${file}`);
    const text = ts.transpileModule(`export default ${literal};`, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
    const exports: { default?: string } = {};
    new Function("exports", text)(exports);
    return JSON.parse(String(exports.default)) as { properties: Record<string, { type: string | string[] }> };
  };

  it("carries each action's output schema and perform safety, describing the output fields the integration reads", () => {
    const sendSms = manifestOutputSchema("sendSms.ts");
    const getSms = manifestOutputSchema("getSms.ts");
    expect(sendSms.properties.sid.type).toBe("string");
    expect(sendSms.properties.replayed.type).toBe("boolean");
    expect(sendSms.properties.numSegments.type).toEqual(["string", "null"]);
    expect(getSms.properties.status.type).toEqual(["string", "null"]);
    expect(sourceOf("actions", "sendSms.ts")).toContain('performSafety: "notAllowed"');
    expect(sourceOf("actions", "getSms.ts")).toContain('performSafety: "safe"');
    for (const file of readdirSync(join(manifest.dir, "src", "actions")).filter((name) => name !== "index.ts")) {
      expect(sourceOf("actions", file)).toMatch(/outputSchema: \{\s*type: "actionOutput",\s*schema:\s*JSON\.parse\(/);
      expect(sourceOf("actions", file)).toMatch(/performSafety: "(safe|notAllowed)"/);
    }
  });

  it.each([
    ["an input changes type", "  to: string;", "  to: number;"],
    ["an input disappears", "  mediaUrls?: Array<string>;", ""],
    ["an optional input becomes required", "  shortenUrls?: boolean;", "  shortenUrls: boolean;"],
  ])("no longer type-checks the integration when %s in the manifest's sendSMS", (_change, before, after) => {
    const sendSmsPath = join(manifest.dir, "src", "actions", "sendSms.ts");
    const original = readFileSync(sendSmsPath, "utf8");
    expect(original).toContain(`\n${before}\n`);

    const changed = typeCheck(manifest.dir, { [sendSmsPath]: original.replace(`\n${before}\n`, `\n${after}\n`) }, checked.program, [
      INTEGRATION,
    ]);

    expect(changed.found.filter((d) => d.file === INTEGRATION).length).toBeGreaterThan(0);
  });
});
