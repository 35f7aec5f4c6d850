/**
 * `npm run invoke -- <key> [--input value ...] [--inputs file.json]`: runs one action, trigger or
 * data source of the built component from the terminal. With TWILIO_* credentials in the
 * environment it talks to real Twilio; without them, to the embedded Twilio-compatible server.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { type ParseArgsConfig, parseArgs } from "node:util";
import type { Component, Input } from "@prismatic-io/spectral/dist/serverTypes";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { type ComponentPart, componentParts, connectionInputOf, ensureBundleBuilt, loadBuiltComponent, type PartKind } from "./lib/bundle";
import { maskSecrets, stderrLogger, toJson, withProgress } from "./lib/display";
import { realTwilioFromEnvironment, startEmbeddedTwilio, type TwilioTarget } from "./lib/twilioTarget";

/** Misuse of the runner itself (unknown key or flag), as opposed to an error of the component. */
class UsageError extends Error {}

const KIND_TITLES: Record<PartKind, string> = { action: "Actions", trigger: "Triggers", dataSource: "Data sources" };
const RUNNER_OPTIONS = {
  help: { type: "boolean", short: "h" },
  inputs: { type: "string" },
  payload: { type: "string" },
  state: { type: "string" },
} as const satisfies ParseArgsConfig["options"];

const note = (line: string) => process.stderr.write(`${line}\n`);

function usage(component: Component): string {
  const lines = [
    "Usage: npm run invoke -- <key> [--<input> <value> ...] [--inputs <file.json>]",
    "       npm run invoke -- <key> --help      the inputs of one action, trigger or data source",
    "",
    "Runs the built component (dist/index.js) as Prismatic does: defaults applied, inputs cleaned, errors mapped.",
    "Credentials: TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or TWILIO_ACCOUNT_SID + TWILIO_API_KEY + TWILIO_API_SECRET",
    "(optional TWILIO_REGION, TWILIO_EDGE) talk to real Twilio. Without them, a sandbox Twilio on 127.0.0.1 answers: one",
    "started for this run, or the one `npm run sandbox` keeps running when TWILIO_SANDBOX_URL names it (runs share its",
    "state). The connection input is filled in for you.",
    "",
    "Options:",
    "  --inputs <file.json>   input values as a JSON object; flags given as well override it",
    "  --payload <file.json>  triggers: the request the trigger receives (headers, body, queryParameters, ...)",
    "  --state <file.json>    triggers: instance state read before and saved after the run (polling triggers keep",
    "                         their position there, so run twice to see only what is new)",
    "  A repeated flag gives a list (--mediaUrls a --mediaUrls b); key/value inputs take key=value.",
  ];
  const parts = componentParts(component);
  // Two spaces at least after the longest key, so the listing stays two columns.
  const keyWidth = Math.max(28, ...parts.map((part) => part.key.length + 1));
  for (const kind of Object.keys(KIND_TITLES) as PartKind[]) {
    const ofKind = parts.filter((part) => part.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push("", `${KIND_TITLES[kind]}:`);
    for (const part of ofKind)
      lines.push(`  ${part.key.padEnd(keyWidth)} ${part.definition.display.label}: ${part.definition.display.description}`);
  }
  return lines.join("\n");
}

function describeInput(input: Input): string {
  const facts = [
    input.type + (input.collection ? ` ${input.collection}` : ""),
    input.required ? "required" : "optional",
    input.default !== undefined && input.default !== "" ? `default ${JSON.stringify(input.default)}` : undefined,
    input.model ? `one of ${input.model.map((choice) => choice.value).join(", ")}` : undefined,
  ].filter(Boolean);
  const lines = [`  --${input.key.padEnd(26)} ${input.label} (${facts.join(", ")})`];
  if (input.type === "connection") lines[0] += ": filled in by the runner";
  else {
    if (input.comments) lines.push(`      ${input.comments}`);
    if (input.example) lines.push(`      Example: ${input.example}`);
  }
  return lines.join("\n");
}

function partHelp(part: ComponentPart): string {
  const { label, description } = part.definition.display;
  const lines = [`${part.key}: ${label} (${part.kind})`, `  ${description}`, "", "Inputs:", ...part.definition.inputs.map(describeInput)];
  if (part.kind === "trigger")
    lines.push("", "Give the request the trigger receives with --payload <file.json>, and instance state with --state <file.json>.");
  return lines.join("\n");
}

function findPart(component: Component, key: string): ComponentPart {
  const matches = componentParts(component).filter((part) => part.key === key || `${part.kind}:${part.key}` === key);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1)
    throw new UsageError(`"${key}" is both ${matches.map((part) => `${part.kind}:${key}`).join(" and ")}: say which.`);
  throw new UsageError(`The component has no action, trigger or data source "${key}". See npm run invoke -- --help`);
}

function readJsonFile(path: string, what: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`Could not read ${what} from ${path}: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new UsageError(`${what} in ${path} must be a JSON object.`);
  return parsed as Record<string, unknown>;
}

/** key=value flags and JSON objects become the [{ key, value }] lists Prismatic passes to key/value inputs. */
function toKeyValueList(input: Input, value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => {
      if (typeof item !== "string") return item;
      const separator = item.indexOf("=");
      if (separator < 1) throw new UsageError(`--${input.key} takes key=value, got "${item}".`);
      return { key: item.slice(0, separator), value: item.slice(separator + 1) };
    });
  }
  if (value && typeof value === "object") return Object.entries(value).map(([key, item]) => ({ key, value: item }));
  return value;
}

function inputValues(part: ComponentPart, args: string[]): { values: Record<string, unknown>; options: Record<string, unknown> } {
  const settable = part.definition.inputs.filter((input) => input.type !== "connection");
  const inputOptions = Object.fromEntries(
    settable.map((input) => [
      input.key,
      { type: "string" as const, multiple: input.collection === "valuelist" || input.collection === "keyvaluelist" },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: { ...inputOptions, ...RUNNER_OPTIONS }, allowPositionals: false, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. See npm run invoke -- ${part.key} --help`);
  }
  const { help, inputs, payload, state, ...flags } = parsed.values;
  const fromFile = typeof inputs === "string" ? readJsonFile(inputs, "inputs") : {};
  const values: Record<string, unknown> = { ...fromFile, ...flags };
  for (const key of Object.keys(values)) {
    const input = settable.find((candidate) => candidate.key === key);
    if (!input) throw new UsageError(`${part.key} has no input "${key}". See npm run invoke -- ${part.key} --help`);
    if (input.collection === "keyvaluelist") values[key] = toKeyValueList(input, values[key]);
  }
  return { values, options: { help, payload, state } };
}

async function run(
  part: ComponentPart,
  component: Component,
  values: Record<string, unknown>,
  options: Record<string, unknown>,
  target: TwilioTarget,
) {
  const harness = createHarness(component);
  const connectionInput = connectionInputOf(part);
  const params = connectionInput ? { ...values, [connectionInput.key]: target.connection } : values;
  const label = `${part.kind} ${part.key}`;
  const logger = stderrLogger(target.secrets);
  if (part.kind === "action") return withProgress(label, harness.action(part.key, params, { logger }));
  if (part.kind === "dataSource") return withProgress(label, harness.dataSource(part.key, params, { logger }));

  const statePath = options.state as string | undefined;
  const instanceState = statePath && existsSync(statePath) ? readJsonFile(statePath, "instance state") : {};
  const payload = typeof options.payload === "string" ? readJsonFile(options.payload, "the trigger payload") : {};
  const result = await withProgress(label, harness.trigger(part.key, payload, params, { logger, instanceState }));
  if (statePath) {
    writeFileSync(statePath, `${JSON.stringify(instanceState, null, 2)}\n`);
    note(`Saved instance state to ${statePath}.`);
  }
  return result;
}

async function main(argv: string[]): Promise<number> {
  const [key, ...args] = argv;
  ensureBundleBuilt(note);
  const component = loadBuiltComponent();
  if (key === undefined || key === "--help" || key === "-h") {
    process.stdout.write(`${usage(component)}\n`);
    return key === undefined ? 2 : 0;
  }
  const part = findPart(component, key);
  const { values, options } = inputValues(part, args);
  if (options.help) {
    process.stdout.write(`${partHelp(part)}\n`);
    return 0;
  }

  const target = realTwilioFromEnvironment(process.env) ?? (await startEmbeddedTwilio());
  note(`Running ${part.kind} ${part.key} against ${target.description}.`);
  try {
    const result = await run(part, component, values, options, target);
    process.stdout.write(`${toJson(result, target.secrets)}\n`);
    return 0;
  } catch (error) {
    // What Prismatic shows in the run log: the message of the error the component's error hook returned.
    note(`Error: ${maskSecrets((error as Error)?.message ?? String(error), target.secrets)}`);
    return 1;
  } finally {
    await target.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    note(error instanceof UsageError ? error.message : `npm run invoke failed: ${error.stack ?? error.message}`);
    process.exitCode = 2;
  },
);
