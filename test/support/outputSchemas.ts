import Ajv, { type ValidateFunction } from "ajv";
import { actions } from "../../src/actions";

/**
 * Checks an action's output against the outputSchema it declares, with a real JSON Schema
 * validator. The harness runs it on every result it returns, so every test of an action checks
 * its schema too; examplePerform and example payloads are checked by their own tests.
 */
const ajv = new Ajv({ allErrors: true, strict: true });
// Every date in an output is ISO 8601 with a time (twilio-node's Dates as JSON, or Twilio's own strings).
ajv.addFormat("date-time", (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value));

const validators = new Map<string, ValidateFunction>();

export type ActionKey = keyof typeof actions;

function validatorFor(key: string): ValidateFunction {
  const known = validators.get(key);
  if (known) return known;
  const schema = (actions as Record<string, { outputSchema?: { type: string; schema?: unknown } }>)[key]?.outputSchema;
  if (schema?.type !== "actionOutput") throw new Error(`Action ${key} declares no actionOutput schema`);
  const validate = ajv.compile(schema.schema as object);
  validators.set(key, validate);
  return validate;
}

/** The output as the platform stores it: JSON, with a file's bytes as a string. */
function asStored(data: unknown): unknown {
  if (Buffer.isBuffer(data)) return data.toString("latin1");
  return data === undefined ? null : JSON.parse(JSON.stringify(data));
}

/** What in `data` does not match the action's outputSchema, one line per problem. */
export function outputProblems(key: string, data: unknown): string[] {
  const validate = validatorFor(key);
  if (validate(asStored(data))) return [];
  return (validate.errors ?? []).map((error) => `data${error.instancePath} ${error.message} (${error.schemaPath})`);
}

export function checkOutput(key: string, data: unknown): void {
  const problems = outputProblems(key, data);
  if (problems.length > 0) throw new Error(`The output of ${key} does not match its outputSchema:\n${problems.join("\n")}`);
}
