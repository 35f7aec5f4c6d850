import type { ActionOutputSchema } from "@prismatic-io/spectral";

/**
 * The JSON Schema fragments output schemas are made of. Each record schema is tied to the
 * TypeScript type the client returns (see `record`), so a field added to or removed from a
 * record without its schema is a type error; the types, nullability and nesting are checked
 * against every output the test suite produces (test/support/harness.ts).
 */
export interface FieldSchema {
  type?: string | string[];
  description?: string;
  format?: string;
  enum?: readonly unknown[];
  properties?: Record<string, FieldSchema>;
  required?: string[];
  additionalProperties?: boolean | FieldSchema;
  items?: FieldSchema;
}

const withNull = (type: string) => [type, "null"];

export const text = (description: string): FieldSchema => ({ type: "string", description });
export const textOrNull = (description: string): FieldSchema => ({ type: withNull("string"), description });
export const integer = (description: string): FieldSchema => ({ type: "integer", description });
export const integerOrNull = (description: string): FieldSchema => ({ type: withNull("integer"), description });
export const decimalOrNull = (description: string): FieldSchema => ({ type: withNull("number"), description });
export const flag = (description: string): FieldSchema => ({ type: "boolean", description });
export const flagOrNull = (description: string): FieldSchema => ({ type: withNull("boolean"), description });
/** Dates are ISO 8601 strings in every output (twilio-node's Dates as JSON, Twilio's own strings as given). */
export const timeOrNull = (description: string): FieldSchema => ({ type: withNull("string"), format: "date-time", description });
export const oneOf = (values: readonly string[], description: string): FieldSchema => ({ type: "string", enum: values, description });
export const oneOfOrNull = (values: readonly string[], description: string): FieldSchema => ({
  type: withNull("string"),
  enum: [...values, null],
  description,
});
/** An object whose keys are Twilio's or the builder's (context, variables, subresource URIs...). */
export const map = (description: string): FieldSchema => ({ type: "object", description });
export const mapOrNull = (description: string): FieldSchema => ({ type: withNull("object"), description });
export const list = (items: FieldSchema, description: string): FieldSchema => ({ type: "array", items, description });
export const nullable = (schema: FieldSchema, description = schema.description): FieldSchema => ({
  ...schema,
  type: withNull(String(schema.type)),
  description,
});

/** Exactly the keys of T: a missing key is a missing property, an extra one maps to never. */
type PropertiesOf<T, P> = { [K in keyof T]-?: FieldSchema } & { [K in Exclude<keyof P, keyof T>]: never };

/**
 * An object with exactly T's fields. `always`: every field is present in every output (records
 * the component builds itself); records copied from Twilio's answer list only the fields Twilio
 * sent, so none is required there (Twilio leaves some out, and twilio-node drops what is absent).
 */
export function record<T>() {
  return <P extends { [K in keyof T]-?: FieldSchema }>(
    description: string,
    properties: P & PropertiesOf<T, P>,
    presence: "always" | "asTwilioSent" = "always",
  ): FieldSchema => ({
    type: "object",
    description,
    properties,
    ...(presence === "always" ? { required: Object.keys(properties) } : {}),
    additionalProperties: false,
  });
}

/**
 * Fields the component adds to a copied Twilio record (reconciled, replayed, approved): always
 * present. The client types those records as open ones, so these names are checked against real
 * outputs by the harness (no additional properties allowed) rather than by the compiler.
 */
export function extend(base: FieldSchema, description: string, added: Record<string, FieldSchema>): FieldSchema {
  return {
    ...base,
    description,
    properties: { ...base.properties, ...added },
    required: [...(base.required ?? []), ...Object.keys(added)],
  };
}

export function actionOutput(schema: FieldSchema): ActionOutputSchema {
  return { type: "actionOutput", schema: schema as ActionOutputSchema["schema"] };
}

/** A file output's data is its bytes; later steps take it as a file, with the content type beside it. */
export const fileOutputSchema = actionOutput({
  type: "string",
  description: "The file itself (its bytes, with its content type): map it into a step that takes a file.",
});
