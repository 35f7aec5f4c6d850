import { notFound } from "../core/errors";
import { v2010Page } from "../core/paging";
import type { ProductFactory, SandboxContext, SandboxRequest } from "../core/types";
import { numberBook, numberJson, pickUrls, type StoredNumber } from "./numberBook";
import { numberToBuy } from "./testCredentials";

/**
 * The account's phone numbers (IncomingPhoneNumbers; numberBook.ts keeps them, inboundTargets.ts
 * says where each sends incoming messages and calls). Numbers are added by a create (a purchase)
 * or through POST /__sandbox/numbers.
 */
/** Which number a purchase gets, or the refusal: the catalogue of numbers for sale decides (registered by that product). */
type Seller = (context: SandboxContext, accountSid: string, body: Record<string, unknown>) => string;
let seller: Seller | undefined;
export const sellNumbersFrom = (sell: Seller) => {
  seller = sell;
};

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
