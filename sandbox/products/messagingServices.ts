import { iso8601 } from "../core/clock";
import { notFound } from "../core/errors";
import { v1Page } from "../core/paging";
import type { ProductFactory, SandboxContext, SandboxRequest } from "../core/types";
import { routeThroughServices } from "./inboundTargets";
import { numberBook } from "./numberBook";

/**
 * Messaging Services (messaging.twilio.com v1) and their sender pools. A number in a service's
 * pool has its incoming messages sent to the service's InboundRequestUrl, unless the service
 * defers to the number's own webhook (UseInboundWebhookOnNumber), as Twilio does.
 */
export interface MessagingService {
  sid: string;
  fields: Record<string, unknown>;
  numbers: string[];
  created: number;
  updated: number;
}
export const servicesOf = (context: SandboxContext, accountSid: string): MessagingService[] =>
  context.state("messagingServices", accountSid, () => []);

routeThroughServices((context, accountSid, phoneNumber) => {
  const number = numberBook(context, accountSid).find((candidate) => candidate.phone_number === phoneNumber);
  const service = servicesOf(context, accountSid).find((candidate) => number && candidate.numbers.includes(number.sid));
  if (!service || service.fields.UseInboundWebhookOnNumber === true) return undefined;
  return {
    accountSid,
    url: (service.fields.InboundRequestUrl as string | undefined) || undefined,
    method: String(service.fields.InboundMethod ?? "POST"),
    messagingServiceSid: service.sid,
  };
});

export const messagingServices: ProductFactory = (context) => {
  const now = () => context.clock.now();
  const url = (service: MessagingService) => `https://messaging.twilio.com/v1/Services/${service.sid}`;
  const field = <T>(service: MessagingService, name: string, fallback: T) => (service.fields[name] ?? fallback) as T;
  const serviceJson = (accountSid: string, service: MessagingService) => ({
    sid: service.sid,
    account_sid: accountSid,
    friendly_name: field(service, "FriendlyName", ""),
    date_created: iso8601(service.created),
    date_updated: iso8601(service.updated),
    // A URL set to "" is cleared, as Twilio clears it.
    inbound_request_url: field<string | null>(service, "InboundRequestUrl", null) || null,
    inbound_method: field(service, "InboundMethod", "POST"),
    fallback_url: field<string | null>(service, "FallbackUrl", null) || null,
    fallback_method: field(service, "FallbackMethod", "POST"),
    status_callback: field<string | null>(service, "StatusCallback", null) || null,
    sticky_sender: field(service, "StickySender", true),
    mms_converter: field(service, "MmsConverter", true),
    smart_encoding: field(service, "SmartEncoding", true),
    scan_message_content: "inherit",
    fallback_to_long_code: field(service, "FallbackToLongCode", true),
    area_code_geomatch: field(service, "AreaCodeGeomatch", true),
    synchronous_validation: false,
    validity_period: field(service, "ValidityPeriod", 14400),
    url: url(service),
    links: { phone_numbers: `${url(service)}/PhoneNumbers` },
    usecase: field(service, "Usecase", "undeclared"),
    us_app_to_person_registered: false,
    use_inbound_webhook_on_number: field(service, "UseInboundWebhookOnNumber", false),
  });
  const find = (request: SandboxRequest) => {
    const id = request.params.Sid ?? request.params.ServiceSid;
    const found = servicesOf(context, request.account.sid).find((candidate) => candidate.sid === id);
    if (!found) throw notFound(`The requested resource /Services/${id}`);
    return found;
  };
  return {
    name: "messagingServices",
    spec: "twilio_messaging_v1.json",
    prefix: "/messaging",
    control: [
      {
        // A service with numbers in its pool, in one call: POST /__sandbox/messaging-services {FriendlyName, InboundRequestUrl, PhoneNumbers: [...]}
        method: "POST",
        path: "messaging-services",
        handle: (body) => {
          const accountSid = String(body.AccountSid ?? context.accounts()[0]?.sid);
          const phoneNumbers = ([] as unknown[]).concat(body.PhoneNumbers ?? []).map(String);
          const book = numberBook(context, accountSid);
          const created: MessagingService = {
            sid: context.sid("MG"),
            fields: body,
            numbers: book.filter((number) => phoneNumbers.includes(number.phone_number)).map((number) => number.sid),
            created: now(),
            updated: now(),
          };
          servicesOf(context, accountSid).push(created);
          return serviceJson(accountSid, created);
        },
      },
    ],
    routes: [
      {
        method: "POST",
        path: "/v1/Services",
        handle: (request) => {
          const created: MessagingService = { sid: context.sid("MG"), fields: request.body, numbers: [], created: now(), updated: now() };
          servicesOf(context, request.account.sid).push(created);
          return { status: 201, json: serviceJson(request.account.sid, created) };
        },
      },
      {
        method: "GET",
        path: "/v1/Services",
        handle: (request) => ({
          status: 200,
          json: v1Page(
            request,
            "messaging",
            "services",
            servicesOf(context, request.account.sid).map((one) => serviceJson(request.account.sid, one)),
          ),
        }),
      },
      {
        method: "GET",
        path: "/v1/Services/{Sid}",
        handle: (request) => ({ status: 200, json: serviceJson(request.account.sid, find(request)) }),
      },
      {
        method: "POST",
        path: "/v1/Services/{Sid}",
        handle: (request) => {
          const found = find(request);
          Object.assign(found.fields, request.body);
          found.updated = now();
          return { status: 200, json: serviceJson(request.account.sid, found) };
        },
      },
    ],
  };
};
