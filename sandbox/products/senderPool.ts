import { iso8601 } from "../core/clock";
import { badRequest, notFound } from "../core/errors";
import { v1Page } from "../core/paging";
import type { ProductFactory, SandboxRequest } from "../core/types";
import { servicesOf } from "./messagingServices";
import { numberBook, type StoredNumber } from "./numberBook";

/**
 * A Messaging Service's sender pool (messaging.twilio.com v1 Services/{MG}/PhoneNumbers): a
 * number is in one service at most (21712), a pool holds 400 numbers (21714), removing a number
 * does not release it, and a released number leaves every pool.
 */
const MAX_POOL_SIZE = 400;

export const senderPool: ProductFactory = (context) => {
  const serviceOf = (request: SandboxRequest) => {
    const found = servicesOf(context, request.account.sid).find((service) => service.sid === request.params.ServiceSid);
    if (!found) throw notFound(`The requested resource /Services/${request.params.ServiceSid}`);
    return found;
  };
  const poolOf = (accountSid: string, numbers: string[]): StoredNumber[] =>
    numberBook(context, accountSid).filter((number) => numbers.includes(number.sid));
  const entryJson = (serviceSid: string, number: StoredNumber) => ({
    sid: number.sid,
    account_sid: number.account_sid,
    service_sid: serviceSid,
    date_created: iso8601(number.date_created),
    date_updated: iso8601(number.date_updated),
    phone_number: number.phone_number,
    country_code: number.phone_number.startsWith("+44") ? "GB" : "US",
    capabilities: ["SMS", "MMS", "Voice"],
    url: `https://messaging.twilio.com/v1/Services/${serviceSid}/PhoneNumbers/${number.sid}`,
  });
  const path = "/v1/Services/{ServiceSid}/PhoneNumbers";
  return {
    name: "senderPool",
    spec: "twilio_messaging_v1.json",
    prefix: "/messaging",
    routes: [
      {
        method: "POST",
        path,
        handle: (request) => {
          const service = serviceOf(request);
          const sid = String(request.body.PhoneNumberSid);
          const number = numberBook(context, request.account.sid).find((candidate) => candidate.sid === sid);
          if (!number) throw notFound(`The requested resource /IncomingPhoneNumbers/${sid}`);
          const elsewhere = servicesOf(context, request.account.sid).find((other) => other.numbers.includes(sid));
          if (elsewhere && elsewhere !== service) {
            throw badRequest(21712, `Phone Number or Short Code is already associated with another Messaging Service (${elsewhere.sid})`);
          }
          if (!elsewhere) {
            if (poolOf(request.account.sid, service.numbers).length >= MAX_POOL_SIZE) {
              throw badRequest(21714, `Messaging Service ${service.sid} has reached the maximum number of phone numbers`);
            }
            service.numbers.push(sid);
          }
          return { status: 201, json: entryJson(service.sid, number) };
        },
      },
      {
        method: "GET",
        path,
        handle: (request) => {
          const service = serviceOf(request);
          const pool = poolOf(request.account.sid, service.numbers).map((number) => entryJson(service.sid, number));
          return { status: 200, json: v1Page(request, "messaging", "phone_numbers", pool) };
        },
      },
      {
        method: "GET",
        path: `${path}/{Sid}`,
        handle: (request) => {
          const service = serviceOf(request);
          const number = poolOf(request.account.sid, service.numbers).find((candidate) => candidate.sid === request.params.Sid);
          if (!number) throw notFound(`The requested resource /Services/${service.sid}/PhoneNumbers/${request.params.Sid}`);
          return { status: 200, json: entryJson(service.sid, number) };
        },
      },
      {
        method: "DELETE",
        path: `${path}/{Sid}`,
        handle: (request) => {
          const service = serviceOf(request);
          const index = service.numbers.indexOf(request.params.Sid);
          if (index < 0) throw notFound(`The requested resource /Services/${service.sid}/PhoneNumbers/${request.params.Sid}`);
          service.numbers.splice(index, 1);
          return { status: 204 };
        },
      },
    ],
  };
};
