/** The UTC day of an instant, as Twilio's date filters compare it. */
export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Twilio's whole-day filters on a list (`StartTime`, `StartTime<`, `StartTime>`, `DateCreated`...):
 * on, on or before, on or after the UTC day given, whatever time of day the value carries. A record
 * without the time the filter names matches no filter.
 */
export function onFilteredDays(query: Record<string, unknown>, name: string, at: number | null): boolean {
  const on = query[name] as string | undefined;
  const before = query[`${name}<`] as string | undefined;
  const after = query[`${name}>`] as string | undefined;
  if (!on && !before && !after) return true;
  if (at === null) return false;
  const day = dayOf(at);
  if (on && day !== on.slice(0, 10)) return false;
  if (before && day > before.slice(0, 10)) return false;
  if (after && day < after.slice(0, 10)) return false;
  return true;
}
