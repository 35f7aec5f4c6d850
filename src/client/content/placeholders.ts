/** {{1}}, {{ 2 }} or {{first_name}}: what ContentVariables fill in. */
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/**
 * Every placeholder used anywhere in a template's content (bodies, media URLs, buttons, cards),
 * once each: numbered ones in number order, then named ones in the order they appear.
 */
export function placeholdersOf(content: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") for (const [, name] of value.matchAll(PLACEHOLDER)) found.add(name);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") Object.values(value).forEach(visit);
  };
  visit(content);
  const names = [...found];
  const numbered = names.filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(a) - Number(b));
  return [...numbered, ...names.filter((name) => !/^\d+$/.test(name))];
}

interface VariableMismatch {
  /** Placeholders of the template without a (non-blank) value. */
  missing: string[];
  /** Variables the template has no placeholder for: usually a typo or the wrong template. */
  extra: string[];
}

export function compareVariables(placeholders: string[], variables: Record<string, unknown>): VariableMismatch {
  const given = (name: string) => name in variables && String(variables[name] ?? "").trim() !== "";
  return {
    missing: placeholders.filter((name) => !given(name)),
    extra: Object.keys(variables).filter((name) => !placeholders.includes(name)),
  };
}
