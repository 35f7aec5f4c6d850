import { ISO_COUNTRY_PATTERN, NUMBER_TYPES, type NumberType } from "../terms";
import { requestJson } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

export interface NumberSearch {
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  type: NumberType;
  areaCode?: string;
  /** Digits, with * for any one digit (letters are read as on a keypad by Twilio). */
  contains?: string;
  nearNumber?: string;
  inLocality?: string;
  inRegion?: string;
  smsEnabled?: boolean;
  mmsEnabled?: boolean;
  voiceEnabled?: boolean;
  limit: number;
}

export interface MonthlyPrice {
  /** A decimal string ("1.15"), whether Twilio sends a number (as its spec says) or a string. */
  amount: string;
  currency: string;
}

export interface AvailableNumberRecord {
  phoneNumber: string;
  friendlyName: string | null;
  locality: string | null;
  region: string | null;
  postalCode: string | null;
  isoCountry: string | null;
  rateCenter: string | null;
  /** "none", "any", "local" or "foreign": an address the account must have on file before buying. */
  addressRequirements: string | null;
  beta: boolean;
  capabilities: { sms: boolean; mms: boolean; voice: boolean; fax: boolean };
  /** What the number costs each month; null where Twilio's pricing does not list this country and type. */
  monthlyPrice: MonthlyPrice | null;
}

interface AvailableNumberBody {
  phone_number: string;
  friendly_name?: string | null;
  locality?: string | null;
  region?: string | null;
  postal_code?: string | null;
  iso_country?: string | null;
  rate_center?: string | null;
  address_requirements?: string | null;
  beta?: boolean | null;
  capabilities?: Record<string, boolean> | null;
}

interface CountryPricesBody {
  phone_number_prices?: { number_type?: string; current_price?: string | number | null; base_price?: string | number | null }[] | null;
  price_unit?: string | null;
}

/** Pricing names number types in words ("toll free"). */
const PRICING_TYPES: Record<NumberType, string> = { local: "local", mobile: "mobile", tollFree: "toll free" };

const SEARCH_FILTERS = {
  areaCode: "AreaCode",
  contains: "Contains",
  nearNumber: "NearNumber",
  inLocality: "InLocality",
  inRegion: "InRegion",
  smsEnabled: "SmsEnabled",
  mmsEnabled: "MmsEnabled",
  voiceEnabled: "VoiceEnabled",
} as const;

/** Numbers for sale that match every filter given, each with its monthly price (one pricing request for them all). */
export async function searchAvailableNumbers(client: TwilioClient, search: NumberSearch): Promise<AvailableNumberRecord[]> {
  if (!ISO_COUNTRY_PATTERN.test(search.country)) throw new TypeError(`Not an ISO country code: ${search.country}`);
  const params: Record<string, string | number> = { PageSize: search.limit };
  for (const [field, name] of Object.entries(SEARCH_FILTERS)) {
    const value = search[field as keyof typeof SEARCH_FILTERS];
    if (value !== undefined) params[name] = String(value);
  }
  const [page, price] = await Promise.all([
    requestJson<{ available_phone_numbers?: AvailableNumberBody[] }>(client, {
      method: "get",
      uri: `${client.apiOrigin}/2010-04-01/Accounts/${client.accountSid}/AvailablePhoneNumbers/${search.country}/${NUMBER_TYPES[search.type]}.json`,
      params,
    }),
    monthlyPriceOf(client, search.country, search.type),
  ]);
  return (page.available_phone_numbers ?? []).slice(0, search.limit).map((number) => toAvailableNumber(number, price));
}

/** The price is extra information: a country pricing does not list, or a key not allowed to read pricing, leaves it null. */
async function monthlyPriceOf(client: TwilioClient, country: string, type: NumberType): Promise<MonthlyPrice | null> {
  let prices: CountryPricesBody;
  try {
    prices = await requestJson<CountryPricesBody>(client, {
      method: "get",
      uri: `${TWILIO_ORIGINS.pricing}/v1/PhoneNumbers/Countries/${country}`,
    });
  } catch {
    return null;
  }
  const entry = prices.phone_number_prices?.find((candidate) => candidate.number_type === PRICING_TYPES[type]);
  const amount = entry?.current_price ?? entry?.base_price;
  return amount === undefined || amount === null ? null : { amount: String(amount), currency: prices.price_unit ?? "USD" };
}

/** Twilio spells these capabilities "SMS" and "MMS" in search results and "sms" elsewhere: either is read. */
function capability(capabilities: Record<string, boolean> | null | undefined, name: string): boolean {
  return Boolean(capabilities?.[name] ?? capabilities?.[name.toUpperCase()]);
}

function toAvailableNumber(number: AvailableNumberBody, monthlyPrice: MonthlyPrice | null): AvailableNumberRecord {
  return {
    phoneNumber: number.phone_number,
    friendlyName: number.friendly_name ?? null,
    locality: number.locality ?? null,
    region: number.region ?? null,
    postalCode: number.postal_code ?? null,
    isoCountry: number.iso_country ?? null,
    rateCenter: number.rate_center ?? null,
    addressRequirements: number.address_requirements ?? null,
    beta: Boolean(number.beta),
    capabilities: {
      sms: capability(number.capabilities, "sms"),
      mms: capability(number.capabilities, "mms"),
      voice: capability(number.capabilities, "voice"),
      fax: capability(number.capabilities, "fax"),
    },
    monthlyPrice,
  };
}
