import { badRequest, notFound } from "../core/errors";
import { v2010Page } from "../core/paging";
import type { ProductFactory, SandboxContext, SandboxRequest } from "../core/types";
import { sellNumbersFrom } from "./incomingPhoneNumbers";
import { numberBook } from "./numberBook";

/**
 * Numbers for sale (AvailablePhoneNumbers): a fixed catalogue per country, type and area code,
 * the same on every run, minus the numbers some account owns. Capabilities vary with the
 * number's position so a search by capability narrows: every 5th lacks SMS, every 3rd has MMS,
 * every 7th lacks voice. Buying a number outside the catalogue is refused as Twilio does (21422).
 */
interface Area {
  prefix: string;
  locality: string | null;
  region: string | null;
}
type NumberType = "Local" | "Mobile" | "TollFree";

const NUMBERS_PER_AREA = 40;
const CATALOGUE: Record<string, Partial<Record<NumberType, Area[]>>> = {
  US: {
    Local: [
      { prefix: "+1415555", locality: "San Francisco", region: "CA" },
      { prefix: "+1212555", locality: "New York", region: "NY" },
      { prefix: "+1512555", locality: "Austin", region: "TX" },
    ],
    TollFree: [{ prefix: "+1833555", locality: null, region: null }],
  },
  CA: { Local: [{ prefix: "+1604555", locality: "Vancouver", region: "BC" }] },
  GB: {
    Local: [{ prefix: "+44207946", locality: "London", region: null }],
    Mobile: [{ prefix: "+447700900", locality: null, region: null }],
  },
};

interface ForSale {
  phoneNumber: string;
  area: Area;
  country: string;
  capabilities: { voice: boolean; SMS: boolean; MMS: boolean; fax: boolean };
}

/** E.164 lengths with the "+": +1 and ten digits, +44 and ten digits. */
const NUMBER_LENGTH: Record<string, number> = { US: 12, CA: 12, GB: 13 };

function catalogue(country: string, type: NumberType): ForSale[] {
  return (CATALOGUE[country]?.[type] ?? []).flatMap((area) =>
    Array.from({ length: NUMBERS_PER_AREA }, (_, index) => ({
      phoneNumber: `${area.prefix}${String(100 + index).padStart(NUMBER_LENGTH[country] - area.prefix.length, "0")}`,
      area,
      country,
      capabilities: { voice: index % 7 !== 6, SMS: index % 5 !== 4, MMS: index % 3 === 0, fax: false },
    })),
  );
}

const allForSale = (): ForSale[] =>
  Object.entries(CATALOGUE).flatMap(([country, types]) => Object.keys(types).flatMap((type) => catalogue(country, type as NumberType)));

const owned = (context: SandboxContext) =>
  new Set(context.accounts().flatMap((account) => numberBook(context, account.sid).map((number) => number.phone_number)));

const areaCodeOf = (phoneNumber: string) => (phoneNumber.startsWith("+1") ? phoneNumber.slice(2, 5) : undefined);

/** Contains as Twilio reads it: digits, with * for any one digit, anywhere in the number. */
const containsPattern = (contains: string) => new RegExp(contains.replace(/[^\d*]/g, "").replace(/\*/g, "\\d"));

function matches(number: ForSale, query: Record<string, unknown>): boolean {
  const wanted = (flag: unknown, has: boolean) => flag === undefined || flag === has;
  const near = query.NearNumber === undefined ? undefined : areaCodeOf(String(query.NearNumber));
  return (
    (query.AreaCode === undefined || areaCodeOf(number.phoneNumber) === String(query.AreaCode)) &&
    (query.Contains === undefined || containsPattern(String(query.Contains)).test(number.phoneNumber)) &&
    (query.InLocality === undefined || number.area.locality === query.InLocality) &&
    (query.InRegion === undefined || number.area.region === query.InRegion) &&
    (near === undefined || areaCodeOf(number.phoneNumber) === near) &&
    wanted(query.SmsEnabled, number.capabilities.SMS) &&
    wanted(query.MmsEnabled, number.capabilities.MMS) &&
    wanted(query.VoiceEnabled, number.capabilities.voice)
  );
}

const toJson = (number: ForSale) => ({
  friendly_name: number.phoneNumber,
  phone_number: number.phoneNumber,
  lata: null,
  locality: number.area.locality,
  rate_center: number.area.locality?.toUpperCase() ?? null,
  latitude: null,
  longitude: null,
  region: number.area.region,
  postal_code: null,
  iso_country: number.country,
  address_requirements: "none",
  beta: false,
  capabilities: number.capabilities,
});

sellNumbersFrom((context, accountSid, body) => {
  const taken = owned(context);
  if (body.PhoneNumber !== undefined) {
    const asked = String(body.PhoneNumber);
    if (taken.has(asked) || !allForSale().some((number) => number.phoneNumber === asked)) {
      throw badRequest(21422, `PhoneNumber ${asked} is not available`);
    }
    return asked;
  }
  const inArea = catalogue("US", "Local").find(
    (number) => areaCodeOf(number.phoneNumber) === String(body.AreaCode) && !taken.has(number.phoneNumber),
  );
  if (!inArea) throw badRequest(21452, `No phone numbers found in area code ${body.AreaCode} for account ${accountSid}`);
  return inArea.phoneNumber;
});
export const availablePhoneNumbers: ProductFactory = (context) => {
  const route = (type: NumberType) => ({
    method: "GET" as const,
    path: `/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/${type}.json`,
    handle: (request: SandboxRequest) => {
      const country = request.params.CountryCode;
      if (!CATALOGUE[country]?.[type]) throw notFound(`The requested resource ${request.path}`);
      const taken = owned(context);
      const found = catalogue(country, type).filter((number) => !taken.has(number.phoneNumber) && matches(number, request.query));
      return { status: 200, json: v2010Page(request, "available_phone_numbers", found.map(toJson)) };
    },
  });
  return {
    name: "availablePhoneNumbers",
    spec: "twilio_api_v2010.json",
    prefix: "",
    routes: [route("Local"), route("Mobile"), route("TollFree")],
  };
};
