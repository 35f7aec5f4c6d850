// The bench's table and notes: each section adds its rows and notes, run.mjs prints them.
const rows = [];
const notes = [];

/**
 * One line of the table. `ratio` is the measured figure over its reference (the limit, the floor or
 * the baseline) and passes at or under `maxRatio`; counts that must be exact pass on equality.
 */
export function row(metric, measured, target, { ratio, maxRatio, equals } = {}) {
  let verdict = "info";
  if (equals !== undefined) verdict = equals.actual === equals.expected ? "PASS" : "MISS";
  else if (maxRatio !== undefined) verdict = ratio <= maxRatio ? "PASS" : "MISS";
  rows.push([metric, measured, target, ratio === undefined ? "-" : ratio.toFixed(2), verdict]);
}

/** A row for a section that could not run, with the reason as a note. */
export function skipped(metric, reason) {
  rows.push([metric, "skipped", "-", "-", "skip"]);
  notes.push(reason);
}

export function note(text) {
  notes.push(text);
}

export const ms = (value) => `${value.toFixed(1)} ms`;

export const anyMissed = () => rows.some((cells) => cells[4] === "MISS");

export function printTable() {
  const header = ["metric", "measured", "target", "ratio", "result"];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((cells) => cells[column].length)));
  const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join("  ");
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const cells of rows) console.log(line(cells));
  console.log("");
  for (const text of notes) console.log(`- ${text}`);
}
