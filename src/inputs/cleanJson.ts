import { InputError } from "../client/transport/errors";
import { optionalText } from "./clean";

/**
 * Clean functions for inputs whose value is a set of named values: a JSON object typed as text or
 * given by an earlier step, a key/value list, or both merged. As in clean.ts, an empty optional
 * value is undefined and a wrong one throws an InputError naming the input.
 */

/** A JSON object typed as text, or an object from an earlier step; arrays and other values are refused. */
export function cleanJsonRecord(input: string, example = '{"1": "Jane", "2": "10:30"}') {
  return (value: unknown): Record<string, unknown> | undefined => {
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
    const text = optionalText(value);
    if (text === undefined) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw new InputError(input, `a JSON object such as ${example}`, text);
    }
    return parsed as Record<string, unknown>;
  };
}

/** Content template variables: Twilio takes them as a JSON object serialized into a string. */
export function cleanJsonObject(input: string) {
  return (value: unknown): string | undefined => {
    const record = cleanJsonRecord(input)(value);
    return record === undefined ? undefined : JSON.stringify(record);
  };
}

/**
 * A key/value list input: entries with a key (blank keys refused) and a text value. An object
 * from an earlier step is taken as it is, so a reference works as well as typed entries.
 */
export function cleanKeyValueList(input: string) {
  return (value: unknown): Record<string, unknown> | undefined => {
    if (value === undefined || value === null || value === "") return undefined;
    if (!Array.isArray(value)) return cleanJsonRecord(input, '[{"key": "1", "value": "Jane"}]')(value);
    const entries: Record<string, unknown> = {};
    for (const entry of value) {
      const key = optionalText((entry as { key?: unknown } | null)?.key);
      if (key === undefined) throw new InputError(input, "a key for every entry", entry);
      if (key in entries) throw new InputError(input, "each key once", key);
      entries[key] = (entry as { value?: unknown }).value ?? "";
    }
    return Object.keys(entries).length === 0 ? undefined : entries;
  };
}

/**
 * The same values given as a key/value list and as JSON text, merged. A key in both is refused,
 * naming both inputs, rather than one silently winning.
 */
export function mergeKeyValues(
  list: { input: string; values?: Record<string, unknown> },
  json: { input: string; values?: Record<string, unknown> },
): Record<string, unknown> | undefined {
  if (!list.values) return json.values;
  if (!json.values) return list.values;
  const twice = Object.keys(list.values).find((key) => json.values && key in json.values);
  if (twice !== undefined) throw new InputError(list.input, `keys not also given in "${json.input}"`, twice);
  return { ...json.values, ...list.values };
}
