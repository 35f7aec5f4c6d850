import { isoDate } from "./transport/jsonRequest";

/**
 * The one mapping of Twilio's JSON (snake_case) to the component's records (camelCase, as
 * twilio-node's toJSON names them), for every product read by direct requests. Each field is
 * declared with its kind, which says how a missing or odd value is returned.
 */
const FIELD_KINDS = {
  /** A non-empty string, else null. */
  text: (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null),
  /** An ISO 8601 instant for a date Twilio gave (ISO 8601 or RFC 2822), else null. */
  date: isoDate,
  flag: (value: unknown): boolean | null => (typeof value === "boolean" ? value : null),
  integer: (value: unknown): number | null => (typeof value === "number" && Number.isInteger(value) ? value : null),
  /** A number Twilio may give as a string ("0.0075"). */
  number: (value: unknown): number | null => {
    if ((typeof value !== "string" && typeof value !== "number") || value === "") return null;
    const number = Number(value);
    return Number.isFinite(number) ? number : null;
  },
  /** The value as Twilio gave it, null when absent. */
  value: (value: unknown): unknown => value ?? null,
} as const;

type FieldKind = keyof typeof FIELD_KINDS;

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

type FieldValue<B, K, Kind extends FieldKind> = Kind extends "value"
  ? K extends keyof B
    ? Exclude<B[K], undefined> | null
    : unknown
  : ReturnType<(typeof FIELD_KINDS)[Kind]>;

type MappedRecord<B, F extends Record<string, FieldKind>> = {
  [K in keyof F & string as CamelCase<K>]: FieldValue<B, K, F[K]>;
};

export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/** The `fields` of Twilio's `body`, each converted by its kind and named in camelCase, in the order given. */
export function mapRecord<B extends object, const F extends Record<string, FieldKind>>(body: B, fields: F): MappedRecord<B, F> {
  const values = body as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(fields).map(([name, kind]) => [camelCase(name), FIELD_KINDS[kind](values[name])]),
  ) as MappedRecord<B, F>;
}
