import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Twilio's official specs the embedded server answers, each whole, and where each is served:
 * the REST API (api.twilio.com) at the root and every other host under a prefix named after it,
 * as the component's HTTP client maps a Base URL (src/client/transport/origins.ts).
 */
export const CONTRACT_SPECS = [
  { file: "twilio_api_v2010.json", prefix: "" },
  { file: "twilio_messaging_v1.json", prefix: "/messaging" },
  { file: "twilio_lookups_v2.json", prefix: "/lookups" },
  { file: "twilio_verify_v2.json", prefix: "/verify" },
  { file: "twilio_content_v1.json", prefix: "/content" },
  { file: "twilio_studio_v2.json", prefix: "/studio" },
  { file: "twilio_events_v1.json", prefix: "/events" },
] as const;

const FORM_MEDIA_TYPE = "application/x-www-form-urlencoded";
const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;

// Only the parts of OpenAPI 3 this module reads or writes are typed.
interface SchemaObject {
  type?: string;
  properties?: Record<string, SchemaObject>;
}
interface EncodingObject {
  style: "form";
  explode: boolean;
}
interface MediaTypeObject {
  schema?: SchemaObject;
  encoding?: Record<string, EncodingObject>;
}
interface OperationObject {
  requestBody?: { content?: Record<string, MediaTypeObject> };
  responses?: unknown;
}
type PathItemObject = Partial<Record<(typeof HTTP_METHODS)[number], OperationObject>>;
interface OpenApiDocument {
  paths: Record<string, PathItemObject>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

function readOfficialSpec(file: string): OpenApiDocument {
  const mcpPackageDir = dirname(require.resolve("@twilio-alpha/mcp/package.json"));
  return JSON.parse(readFileSync(join(mcpPackageDir, "twilio-oai", "spec", "json", file), "utf8")) as OpenApiDocument;
}

/**
 * Twilio sends list parameters such as MediaUrl as repeated form keys. The official spec
 * types them as arrays but declares no `encoding`, and without one Prism validates the raw
 * string against `type: array` and rejects every request that carries the parameter.
 * Declaring the OpenAPI default for forms (style form, explode) makes Prism build the array.
 */
function declareFormArrayEncodings(pathItem: PathItemObject): void {
  for (const method of HTTP_METHODS) {
    const form = pathItem[method]?.requestBody?.content?.[FORM_MEDIA_TYPE];
    if (!form?.schema?.properties) continue;
    for (const [name, schema] of Object.entries(form.schema.properties)) {
      if (schema.type === "array") {
        form.encoding = { ...form.encoding, [name]: { style: "form", explode: true } };
      }
    }
  }
}

/**
 * The contract server runs with `--errors`, which also checks each response it serves against
 * the spec, and Twilio's own examples break their response schemas' formats and patterns
 * (relative `*_uri` values typed `format: uri`, "" where a SID pattern and length are declared).
 * Response schemas are what we are served, not what we send, so those keywords are dropped there;
 * every request keeps the spec's full rules.
 */
function dropFormatsAndPatterns(schema: unknown): void {
  if (!schema || typeof schema !== "object") return;
  const node = schema as Record<string, unknown>;
  delete node.format;
  if (typeof node.pattern === "string") delete node.pattern;
  // "" for an unset SID (e.g. sms_application_sid) also breaks the SID's minLength of 34.
  if (typeof node.minLength === "number") delete node.minLength;
  if (typeof node.maxLength === "number") delete node.maxLength;
  for (const child of Object.values(node)) dropFormatsAndPatterns(child);
}

function relaxResponseSchemas(pathItem: PathItemObject): void {
  for (const method of HTTP_METHODS) dropFormatsAndPatterns(pathItem[method]?.responses);
}

/**
 * Writes one spec holding every path of CONTRACT_SPECS (each under its prefix) into `dir` and
 * returns the file's path: one Prism process then stands in for every Twilio host. The specs'
 * component names are product-qualified (api.v2010.account.message, messaging.v1.service...),
 * so merging them cannot change what a reference points at; a clash would throw here.
 */
export function writeContractSpec(dir: string): string {
  const [first, ...others] = CONTRACT_SPECS.map(({ file, prefix }) => ({ file, prefix, spec: readOfficialSpec(file) }));
  const merged: OpenApiDocument = { ...first.spec, paths: {}, components: {} };
  for (const { file, prefix, spec } of [first, ...others]) {
    for (const [path, pathItem] of Object.entries(spec.paths)) {
      declareFormArrayEncodings(pathItem);
      relaxResponseSchemas(pathItem);
      merged.paths[`${prefix}${path}`] = pathItem;
    }
    for (const [kind, entries] of Object.entries(spec.components ?? {})) {
      const target = (merged.components as Record<string, Record<string, unknown>>)[kind] ?? {};
      for (const [name, value] of Object.entries(entries)) {
        if (kind !== "securitySchemes" && name in target) throw new Error(`${file} redefines components.${kind}.${name}`);
        target[name] = value;
      }
      (merged.components as Record<string, Record<string, unknown>>)[kind] = target;
    }
  }
  // Resource schemas under components are only used by responses.
  dropFormatsAndPatterns(merged.components?.schemas);
  const specPath = join(dir, "twilio.contract.json");
  writeFileSync(specPath, JSON.stringify(merged));
  return specPath;
}
