import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";

/**
 * Twilio's official OpenAPI specs (the npm package @twilio-alpha/mcp), checked in process: each
 * request a product route receives against its operation (path, query, header and body
 * parameters), and each answer the route gives against the operation's response schema. One
 * spec per Twilio host, loaded on its first request and compiled one operation at a time, so
 * starting a sandbox costs nothing and a test run pays only for the operations it uses.
 */
export type SpecFile = `twilio_${string}.json`;

type Schema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

const FORM = "application/x-www-form-urlencoded";

interface LoadedSpec {
  paths: Record<string, Record<string, Operation>>;
  /** Coerces form and query strings into the spec's types, as Twilio reads them. */
  requests: Ajv;
  /** Checks answers as they are: a number where the spec says string is the sandbox's bug. */
  responses: Ajv;
}

/** What checking costs most: the parsed specs, and a validator per schema or parameter already compiled. */
interface ContractCache {
  specs: Map<SpecFile, LoadedSpec>;
  validators: WeakMap<object, ValidateFunction>;
}

/**
 * Under jest each test file evaluates this module afresh; the test environment
 * (test/support/quietConsoleEnvironment.ts) lends it one cache per worker under this key, so a
 * worker parses each spec and compiles each validator once instead of once per file.
 */
const SHARED_CACHE = Symbol.for("twilio-sandbox.contract-cache");
const cache: ContractCache = (globalThis as { [SHARED_CACHE]?: ContractCache })[SHARED_CACHE] ?? {
  specs: new Map(),
  validators: new WeakMap(),
};

function specDir(): string {
  return join(dirname(require.resolve("@twilio-alpha/mcp/package.json")), "twilio-oai", "spec", "json");
}

function loadSpec(file: SpecFile): LoadedSpec {
  const cached = cache.specs.get(file);
  if (cached) return cached;
  // References point into the spec's own components: make them absolute so compiled pieces resolve.
  const text = readFileSync(join(specDir(), file), "utf8").replace(/"\$ref":\s*"#\/components\//g, `"$ref":"${file}#/components/`);
  const spec = normalizeNullable(JSON.parse(text)) as { paths: LoadedSpec["paths"]; components: Schema };
  const ajv = (coerce: boolean) => {
    const instance = new Ajv({ strict: false, validateFormats: false, allErrors: false, coerceTypes: coerce ? "array" : false });
    instance.addSchema({ $id: file, components: spec.components });
    return instance;
  };
  const loaded = { paths: spec.paths, requests: ajv(true), responses: ajv(false) };
  cache.specs.set(file, loaded);
  return loaded;
}

/**
 * OpenAPI 3.0's `nullable` next to a `$ref` or without a `type` (Twilio's specs have both) is
 * something Ajv refuses to compile: say it as JSON Schema does, "this or null".
 */
function normalizeNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalizeNullable);
  if (!node || typeof node !== "object") return node;
  const schema = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, normalizeNullable(value)])) as Schema;
  if (schema.nullable !== true || typeof schema.type === "string") return schema;
  const { nullable: _nullable, ...rest } = schema;
  return "$ref" in rest || "allOf" in rest || "oneOf" in rest || "anyOf" in rest ? { anyOf: [rest, { type: "null" }] } : rest;
}

function compile(ajv: Ajv, schema: Schema): ValidateFunction {
  let validate = cache.validators.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    cache.validators.set(schema, validate);
  }
  return validate;
}

function describe(where: string, errors: ErrorObject[] | null | undefined): string {
  const [first] = errors ?? [];
  if (!first) return `${where} is invalid`;
  const field = first.instancePath.replace(/^\//, "").replace(/\//g, ".");
  const subject = field ? `${where} ${field}` : where;
  return `${subject} ${first.message ?? "is invalid"}`;
}

/** Twilio's operation for a route, or an error naming a path/method the spec does not have. */
export function operationOf(file: SpecFile, path: string, method: string): Operation {
  const operation = loadSpec(file).paths[path]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${file} has no ${method} ${path}: a sandbox route must be one of Twilio's operations`);
  return operation;
}

export interface RequestParts {
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** Form fields, or a parsed JSON body. */
  body: URLSearchParams | Record<string, unknown>;
}

/** The body as the spec types it: repeated keys become arrays, JSON-typed fields are parsed. */
function formToObject(form: URLSearchParams, schema: Schema | undefined): Record<string, unknown> {
  const properties = (schema?.properties ?? {}) as Record<string, Schema>;
  const result: Record<string, unknown> = {};
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name);
    const type = properties[name]?.type;
    if (type === "array") result[name] = values;
    else if (type === "object") result[name] = parseJson(values[values.length - 1]);
    else result[name] = values[values.length - 1];
  }
  return result;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Checks a request against its operation and returns the body and query as the spec types them
 * (numbers, booleans, arrays), or throws the reason the spec rejects it.
 */
export function checkRequest(
  file: SpecFile,
  path: string,
  method: string,
  parts: RequestParts,
): { body: Record<string, unknown>; query: Record<string, unknown> } {
  const { requests } = loadSpec(file);
  const operation = operationOf(file, path, method);
  const query: Record<string, unknown> = {};
  for (const parameter of operation.parameters ?? []) {
    const raw =
      parameter.in === "path"
        ? parts.params[parameter.name]
        : parameter.in === "query"
          ? parts.query.get(parameter.name)
          : parts.headers[parameter.name.toLowerCase()];
    if (raw === undefined || raw === null) {
      if (parameter.required) throw new ContractViolation(`Request ${parameter.in} parameter ${parameter.name} is required`);
      continue;
    }
    const holder = { value: raw };
    const validate = parameter.schema && parameterValidator(requests, parameter);
    if (validate && !validate(holder)) {
      throw new ContractViolation(`Request ${parameter.in} parameter ${parameter.name} ${validate.errors?.[0]?.message ?? "is invalid"}`);
    }
    if (parameter.in === "query") query[parameter.name] = holder.value;
  }
  const bodySchema = operation.requestBody?.content?.[FORM]?.schema ?? operation.requestBody?.content?.["application/json"]?.schema;
  const body = parts.body instanceof URLSearchParams ? formToObject(parts.body, bodySchema) : { ...parts.body };
  if (bodySchema) {
    const validate = compile(requests, bodySchema);
    if (!validate(body)) throw new ContractViolation(describe("Request body", validate.errors));
  } else if (Object.keys(body).length > 0 && method !== "GET") {
    throw new ContractViolation(`Request body: ${method} ${path} takes no body`);
  }
  return { body, query };
}

/** A parameter is checked as the property `value` of a holder, so coercion can replace it. */
function parameterValidator(ajv: Ajv, parameter: Parameter): ValidateFunction {
  let validate = cache.validators.get(parameter);
  if (!validate) {
    validate = ajv.compile({ type: "object", properties: { value: parameter.schema } });
    cache.validators.set(parameter, validate);
  }
  return validate;
}

/** Checks an answer the sandbox is about to give; returns why it breaks the spec, if it does. */
export function responseViolation(file: SpecFile, path: string, method: string, status: number, json: unknown): string | undefined {
  const operation = operationOf(file, path, method);
  const response = operation.responses?.[String(status)];
  if (!response) return `Twilio's spec defines no ${status} answer for ${method} ${path}`;
  const schema = response.content?.["application/json"]?.schema;
  if (!schema) return undefined;
  const validate = compile(loadSpec(file).responses, schema);
  return validate(json) ? undefined : describe("Response body", validate.errors);
}

/** A request Twilio's spec rejects. */
export class ContractViolation extends Error {}
