import { input } from "@prismatic-io/spectral";
import { MAX_PHONE_NUMBER_LIMIT } from "../client/phoneNumbers/phoneNumbers";
import { cleanInteger } from "./clean";

export const DEFAULT_PHONE_NUMBER_LIMIT = 100;

export const phoneNumberLimit = input({
  label: "Limit",
  type: "string",
  required: false,
  default: String(DEFAULT_PHONE_NUMBER_LIMIT),
  example: "100",
  comments: `The most phone numbers to return (1 to ${MAX_PHONE_NUMBER_LIMIT}, default ${DEFAULT_PHONE_NUMBER_LIMIT}). The result's hasMore says whether the account has more.`,
  clean: (value: unknown): number => cleanInteger("Limit", { min: 1, max: MAX_PHONE_NUMBER_LIMIT })(value) ?? DEFAULT_PHONE_NUMBER_LIMIT,
});
