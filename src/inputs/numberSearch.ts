import { input } from "@prismatic-io/spectral";
import { E164_PATTERN } from "../client/identifiers/phoneNumbers";
import type { NumberSearch } from "../client/numbers/search";
import { ISO_COUNTRY_PATTERN, MAX_SEARCH_LIMIT, NUMBER_TYPES, type NumberType } from "../client/terms";
import { InputError } from "../client/transport/errors";
import { cleanBoolean, cleanInteger, cleanPattern, optionalText } from "./clean";

const DEFAULT_SEARCH_LIMIT = 20;
const TYPE_LABELS: Record<NumberType, string> = { local: "Local", mobile: "Mobile", tollFree: "Toll-Free" };

export const country = input({
  label: "Country",
  type: "string",
  required: false,
  default: "US",
  example: "US",
  comments: "Two-letter ISO country code of the numbers to look for, such as US, CA or GB.",
  clean: (value: unknown): string => {
    const text = (optionalText(value) ?? "US").toUpperCase();
    if (!ISO_COUNTRY_PATTERN.test(text)) throw new InputError("Country", "a two-letter ISO country code such as US or GB", value);
    return text;
  },
});

export const numberType = input({
  label: "Number Type",
  type: "string",
  required: false,
  default: "local",
  model: (Object.keys(NUMBER_TYPES) as NumberType[]).map((value) => ({ label: TYPE_LABELS[value], value })),
  comments:
    "Local (a geographic number; in the US these send as A2P 10DLC and need a registered campaign), Mobile (where the country sells them, e.g. GB) or Toll-Free (needs an approved toll-free verification to text US numbers).",
  clean: (value: unknown): NumberType => {
    const text = optionalText(value) ?? "local";
    if (!Object.hasOwn(NUMBER_TYPES, text)) throw new InputError("Number Type", Object.keys(NUMBER_TYPES).join(", "), value);
    return text as NumberType;
  },
});

export const areaCode = input({
  label: "Area Code",
  type: "string",
  required: false,
  example: "415",
  comments: "Only numbers in this area code (US and Canada).",
  clean: cleanPattern("Area Code", /^\d{2,5}$/, "an area code of 2 to 5 digits, such as 415"),
});

export const contains = input({
  label: "Contains",
  type: "string",
  required: false,
  example: "555****",
  comments:
    "Digits the number must contain, with * for any one digit (at least 2 characters). Letters match a phone keypad: STORE finds numbers with 78673.",
  clean: cleanPattern("Contains", /^[0-9A-Za-z*]{2,16}$/, "2 to 16 digits, letters or * (any one digit), such as 555**** or STORE"),
});

export const nearNumber = input({
  label: "Near Number",
  type: "string",
  required: false,
  example: "+14155551234",
  comments: "Only numbers geographically close to this one (E.164), such as your customer's main line. US and Canada only.",
  clean: cleanPattern("Near Number", E164_PATTERN, "a phone number in E.164 format such as +14155551234"),
});

const inLocality = input({
  label: "In Locality",
  type: "string",
  required: false,
  example: "San Francisco",
  comments: "Only numbers in this city or locality, as Twilio names it.",
  clean: optionalText,
});

const inRegion = input({
  label: "In Region",
  type: "string",
  required: false,
  example: "CA",
  comments: "Only numbers in this region: a US state or Canadian province as two letters.",
  clean: optionalText,
});

const capabilityInput = (label: string, what: string) =>
  input({
    label,
    type: "boolean",
    required: false,
    default: "false",
    comments: `Only numbers that can ${what}. Off: numbers with and without it.`,
    clean: cleanBoolean(label),
  });

export const smsRequired = capabilityInput("SMS Required", "send and receive SMS");
const mmsRequired = capabilityInput("MMS Required", "send and receive MMS (pictures)");
const voiceRequired = capabilityInput("Voice Required", "make and receive calls");

export const searchLimit = input({
  label: "Limit",
  type: "string",
  required: false,
  default: String(DEFAULT_SEARCH_LIMIT),
  example: "20",
  comments: `The most numbers to return (1 to ${MAX_SEARCH_LIMIT}, default ${DEFAULT_SEARCH_LIMIT}).`,
  clean: (value: unknown): number => cleanInteger("Limit", { min: 1, max: MAX_SEARCH_LIMIT })(value) ?? DEFAULT_SEARCH_LIMIT,
});

/** Every search input but the limit: Buy Phone Number takes them too, to buy the first match. */
export const numberSearchInputs = {
  country,
  numberType,
  areaCode,
  contains,
  nearNumber,
  inLocality,
  inRegion,
  smsRequired,
  mmsRequired,
  voiceRequired,
};

type SearchInputs = {
  country: string;
  numberType: NumberType;
  areaCode?: string;
  contains?: string;
  nearNumber?: string;
  inLocality?: string;
  inRegion?: string;
  smsRequired: boolean;
  mmsRequired: boolean;
  voiceRequired: boolean;
};

/** A capability turned off means "either": Twilio would read SmsEnabled=false as "without SMS". */
export function toNumberSearch(inputs: SearchInputs, limit = DEFAULT_SEARCH_LIMIT): NumberSearch {
  const { numberType, smsRequired, mmsRequired, voiceRequired, ...filters } = inputs;
  return {
    ...filters,
    type: numberType,
    smsEnabled: smsRequired || undefined,
    mmsEnabled: mmsRequired || undefined,
    voiceEnabled: voiceRequired || undefined,
    limit,
  };
}
