import { input } from "@prismatic-io/spectral";
import { MAX_LIST_LIMIT, MAX_PAGE_SIZE, NEXT_PAGE_URI } from "../client/terms";
import { cleanInteger, optionalText } from "./clean";
import type { InputLabels } from "./labels";

export const CONTINUE_FROM = "Continue From";

/** A list action's Continue From is the next_page_uri the client checks. */
export const CONTINUE_FROM_LABELS: InputLabels = { [NEXT_PAGE_URI]: CONTINUE_FROM };

const DEFAULT_LIMIT = 50;

/**
 * The Limit input of every list action, for items named `noun` ("calls"), listed in `order`; one
 * maximum for all, which the pager reaches page by page. A list keeps the default it had.
 */
export function limitInput(noun: string, { defaultLimit = DEFAULT_LIMIT, order = ", newest first" } = {}) {
  return input({
    label: "Limit",
    type: "string",
    required: false,
    default: String(defaultLimit),
    example: "200",
    comments: `The most ${noun} to return (1 to ${MAX_LIST_LIMIT}, default ${defaultLimit})${order}. Use Continue From with the result's nextPageUri for more.`,
    clean: (value: unknown): number => cleanInteger("Limit", { min: 1, max: MAX_LIST_LIMIT })(value) ?? defaultLimit,
  });
}

export function pageSizeInput(noun: string) {
  return input({
    label: "Page Size",
    type: "string",
    required: false,
    example: "100",
    comments: `How many ${noun} to request from Twilio per call (1 to ${MAX_PAGE_SIZE}). Defaults to the limit; smaller pages mean more calls.`,
    clean: cleanInteger("Page Size", { min: 1, max: MAX_PAGE_SIZE }),
  });
}

/**
 * Continue From of a list action, whose result's nextPageUri looks like `example`. `filters` says
 * what becomes of the action's filter inputs when it is given (by default: carried in the URI).
 */
export function continueFromInput(
  action: string,
  noun: string,
  example: string,
  { filters = " The filters are part of it, so the filter inputs are ignored." } = {},
) {
  return input({
    label: CONTINUE_FROM,
    type: "string",
    required: false,
    example,
    comments: `The nextPageUri of an earlier ${action} result, to fetch the ${noun} after it.${filters}`,
    clean: optionalText,
  });
}
