import { rfc2822 } from "../core/clock";
import { notFound } from "../core/errors";
import { v2010Page } from "../core/paging";
import type { ProductFactory, SandboxContext, SandboxRequest } from "../core/types";
import { numberToBuy } from "./testCredentials";

/**
 * The account's phone numbers (IncomingPhoneNumbers) and where each sends incoming messages and
 * calls. Numbers are added by a create (a purchase) or through POST /__sandbox/numbers.
 */
export interface StoredNumber {
  sid: string;
  account_sid: string;
  phone_number: string;
  friendly_name: string;
  fields: Record<string, string>;
  date_created: number;
  date_updated: number;
}

const URL_FIELDS = [
  "SmsUrl",
  "SmsMethod",
  "SmsFallbackUrl",
  "SmsFallbackMethod",
  "VoiceUrl",
  "VoiceMethod",
  "VoiceFallbackUrl",
  "VoiceFallbackMethod",
  "StatusCallback",
  "StatusCallbackMethod",
  "SmsApplicationSid",
  "VoiceApplicationSid",
  // A number in an Elastic SIP Trunk: its calls go to the trunk, not to VoiceUrl.
  "TrunkSid",
];

export const numberBook = (context: SandboxContext, accountSid: string): StoredNumber[] => context.state("numbers", accountSid, () => []);

/** Where Twilio sends what arrives at a number: its account and configured URL, or a Messaging Service's. */
export interface InboundTarget {
  accountSid: string;
  url?: string;
  method?: string;
  messagingServiceSid?: string;
}

type ServiceLookup = (context: SandboxContext, accountSid: string, phoneNumber: string) => InboundTarget | undefined;
const serviceLookups: ServiceLookup[] = [];
/** Messaging Services take over their numbers' incoming messages (registered by that product). */
export const routeThroughServices = (lookup: ServiceLookup) => void serviceLookups.push(lookup);

export function inboundTarget(context: SandboxContext, phoneNumber: string, kind: "sms" | "voice"): InboundTarget | undefined {
  for (const account of context.accounts()) {
    const number = numberBook(context, account.sid).find((candidate) => candidate.phone_number === phoneNumber);
    if (!number) continue;
    if (kind === "sms") {
      for (const lookup of serviceLookups) {
        const viaService = lookup(context, account.sid, phoneNumber);
        if (viaService) return viaService;
      }
    }
    const prefix = kind === "sms" ? "Sms" : "Voice";
    return { accountSid: account.sid, url: number.fields[`${prefix}Url`] || undefined, method: number.fields[`${prefix}Method`] || "POST" };
  }
  return undefined;
}

/** Which number a purchase gets, or the refusal: the catalogue of numbers for sale decides (registered by that product). */
type Seller = (context: SandboxContext, accountSid: string, body: Record<string, unknown>) => string;
let seller: Seller | undefined;
export const sellNumbersFrom = (sell: Seller) => {
  seller = sell;
};

function numberJson(number: StoredNumber) {
  const field = (name: string) => number.fields[name] ?? null;
  return {
    account_sid: number.account_sid,
    address_sid: null,
    address_requirements: "none",
    api_version: "2010-04-01",
    beta: false,
    capabilities: { voice: true, sms: true, mms: true, fax: false },
    date_created: rfc2822(number.date_created),
    date_updated: rfc2822(number.date_updated),
    friendly_name: number.friendly_name,
    identity_sid: null,
    phone_number: number.phone_number,
    origin: "twilio",
    sid: number.sid,
    sms_application_sid: field("SmsApplicationSid"),
    sms_fallback_method: field("SmsFallbackMethod") ?? "POST",
    sms_fallback_url: field("SmsFallbackUrl"),
    sms_method: field("SmsMethod") ?? "POST",
    sms_url: field("SmsUrl"),
    status_callback: field("StatusCallback"),
    status_callback_method: field("StatusCallbackMethod") ?? "POST",
    trunk_sid: field("TrunkSid"),
    uri: `/2010-04-01/Accounts/${number.account_sid}/IncomingPhoneNumbers/${number.sid}.json`,
    voice_receive_mode: "voice",
    voice_application_sid: field("VoiceApplicationSid"),
    voice_caller_id_lookup: false,
    voice_fallback_method: field("VoiceFallbackMethod") ?? "POST",
    voice_fallback_url: field("VoiceFallbackUrl"),
    voice_method: field("VoiceMethod") ?? "POST",
    voice_url: field("VoiceUrl"),
    emergency_status: "Inactive",
    emergency_address_sid: null,
    emergency_address_status: "unregistered",
    bundle_sid: null,
    status: "in-use",
  };
}

const pickUrls = (body: Record<string, unknown>) =>
  Object.fromEntries(URL_FIELDS.filter((name) => body[name] !== undefined).map((name) => [name, String(body[name])]));

export const incomingPhoneNumbers: ProductFactory = (context) => {
  const add = (accountSid: string, phoneNumber: string, body: Record<string, unknown>, keep = true) => {
    const now = context.clock.now();
    const number: StoredNumber = {
      sid: context.sid("PN"),
      account_sid: accountSid,
      phone_number: phoneNumber,
      friendly_name: String(body.FriendlyName ?? phoneNumber),
      fields: pickUrls(body),
      date_created: now,
      date_updated: now,
    };
    if (keep) numberBook(context, accountSid).push(number);
    return number;
  };
  const find = (request: SandboxRequest) => {
    const number = numberBook(context, request.account.sid).find((candidate) => candidate.sid === request.params.Sid);
    if (!number) throw notFound();
    return number;
  };
  const path = "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers";
  return {
    name: "incomingPhoneNumbers",
    spec: "twilio_api_v2010.json",
    prefix: "",
    control: [
      {
        method: "POST",
        path: "numbers",
        handle: (body) => {
          const accountSid = String(body.AccountSid ?? context.accounts()[0]?.sid);
          return numberJson(add(accountSid, String(body.PhoneNumber), body));
        },
      },
    ],
    routes: [
      {
        method: "GET",
        path: `${path}.json`,
        handle: (request) => {
          const { PhoneNumber, FriendlyName } = request.query as Record<string, string | undefined>;
          const matching = numberBook(context, request.account.sid).filter(
            (number) =>
              (!PhoneNumber || number.phone_number.includes(PhoneNumber)) && (!FriendlyName || number.friendly_name === FriendlyName),
          );
          return { status: 200, json: v2010Page(request, "incoming_phone_numbers", matching.map(numberJson)) };
        },
      },
      {
        method: "POST",
        path: `${path}.json`,
        testCredentials: true,
        handle: (request) => {
          if (request.account.test) {
            // Test credentials buy nothing: the magic numbers decide the answer, the account keeps no number.
            const bought = numberToBuy(request.body);
            if (typeof bought !== "string") throw bought;
            return { status: 201, json: numberJson(add(request.account.sid, bought, request.body, false)) };
          }
          return {
            status: 201,
            json: numberJson(
              add(
                request.account.sid,
                seller?.(context, request.account.sid, request.body) ??
                  String(request.body.PhoneNumber ?? `+1${request.body.AreaCode ?? "555"}0100000`),
                request.body,
              ),
            ),
          };
        },
      },
      { method: "GET", path: `${path}/{Sid}.json`, handle: (request) => ({ status: 200, json: numberJson(find(request)) }) },
      {
        method: "POST",
        path: `${path}/{Sid}.json`,
        handle: (request) => {
          const number = find(request);
          Object.assign(number.fields, pickUrls(request.body));
          if (request.body.FriendlyName !== undefined) number.friendly_name = String(request.body.FriendlyName);
          number.date_updated = context.clock.now();
          return { status: 200, json: numberJson(number) };
        },
      },
      {
        method: "DELETE",
        path: `${path}/{Sid}.json`,
        handle: (request) => {
          const book = numberBook(context, request.account.sid);
          book.splice(book.indexOf(find(request)), 1);
          return { status: 204 };
        },
      },
    ],
  };
};
