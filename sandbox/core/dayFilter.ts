const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC (epoch ms) of the day a filter's value names, whatever time of day it carries. */
const dayStart = (value: string) => Date.parse(`${value.slice(0, 10)}T00:00:00Z`);

/**
 * Twilio's whole-day filters on a list (`StartTime`, `StartTime<`, `StartTime>`, `DateSent`...):
 * on, on or before, on or after the UTC day given, whatever time of day the value carries. A record
 * without the time the filter names matches no filter. Read once per request: the returned test
 * compares a record's time (epoch ms) with the days' bounds, so a long list costs no date formatting.
 */
export function filteredDays(query: Record<string, unknown>, name: string): (at: number | null) => boolean {
  const on = query[name] as string | undefined;
  const before = query[`${name}<`] as string | undefined;
  const after = query[`${name}>`] as string | undefined;
  if (!on && !before && !after) return () => true;
  const from = Math.max(on ? dayStart(on) : -Infinity, after ? dayStart(after) : -Infinity);
  const until = Math.min(on ? dayStart(on) + DAY_MS : Infinity, before ? dayStart(before) + DAY_MS : Infinity);
  return (at) => at !== null && at >= from && at < until;
}
