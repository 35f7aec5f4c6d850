import type { Element } from "@prismatic-io/spectral";

/** One page per picklist; an account with more numbers or services than this types the value instead. */
export const PICKLIST_LIMIT = 500;

export const byLabel = (a: Element, b: Element) => (a.label ?? a.key).localeCompare(b.label ?? b.key);
