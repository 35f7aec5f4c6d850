import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The Twilio API v2010 paths the component calls; the contract server only knows these. */
export const CONTRACT_PATHS = [
  "/2010-04-01/Accounts/{AccountSid}/Messages.json",
  "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
  "/2010-04-01/Accounts/{Sid}.json",
  "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json",
  "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json",
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
  [key: string]: unknown;
}

function officialSpecPath(): string {
  const mcpPackageDir = dirname(require.resolve("@twilio-alpha/mcp/package.json"));
  return join(mcpPackageDir, "twilio-oai", "spec", "json", "twilio_api_v2010.json");
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
 * Writes a copy of Twilio's official API v2010 OpenAPI spec reduced to CONTRACT_PATHS into
 * `dir` and returns the file's path. All `components` are kept: trimming them to the
 * referenced schemas did not make Prism start measurably faster (~0.75 s either way).
 */
export function writeContractSpec(dir: string): string {
  const spec = JSON.parse(readFileSync(officialSpecPath(), "utf8")) as OpenApiDocument;

  const missing = CONTRACT_PATHS.filter((path) => !(path in spec.paths));
  if (missing.length > 0) {
    throw new Error(
      `Twilio's spec in @twilio-alpha/mcp no longer has these paths: ${missing.join(", ")}. ` +
        "Update CONTRACT_PATHS (and the component) to the spec's new path keys.",
    );
  }

  const paths: Record<string, PathItemObject> = {};
  for (const path of CONTRACT_PATHS) {
    declareFormArrayEncodings(spec.paths[path]);
    relaxResponseSchemas(spec.paths[path]);
    paths[path] = spec.paths[path];
  }
  // Resource schemas under components are only used by responses in these paths.
  dropFormatsAndPatterns((spec.components as { schemas?: unknown } | undefined)?.schemas);

  const specPath = join(dir, "twilio_api_v2010.contract.json");
  writeFileSync(specPath, JSON.stringify({ ...spec, paths }));
  return specPath;
}
