import { iso8601 } from "../core/clock";
import { notFound, SandboxError, twilioError } from "../core/errors";
import { v1Page } from "../core/paging";
import type { ProductFactory, SandboxContext, SandboxRequest } from "../core/types";
import {
  checkVerification,
  current,
  findVerification,
  sendVerification,
  updateVerification,
  verificationJson,
  verifications,
} from "./verifications";

/**
 * Verify v2 (verify.twilio.com): services, verifications and checks (verifications.ts). The code a
 * verification sends is revealed only through GET /__sandbox/verify/code?to=..., as the phone would
 * show it.
 */
interface VerifyService {
  sid: string;
  fields: Record<string, unknown>;
  created: number;
  updated: number;
}
const services = (context: SandboxContext, accountSid: string) => context.state("verify", accountSid, () => [] as VerifyService[]);

export const verify: ProductFactory = (context) => {
  const now = () => context.clock.now();
  const serviceJson = (accountSid: string, service: VerifyService) => ({
    sid: service.sid,
    account_sid: accountSid,
    friendly_name: String(service.fields.FriendlyName ?? ""),
    code_length: Number(service.fields.CodeLength ?? 6),
    lookup_enabled: Boolean(service.fields.LookupEnabled ?? false),
    psd2_enabled: false,
    skip_sms_to_landlines: Boolean(service.fields.SkipSmsToLandlines ?? false),
    dtmf_input_required: true,
    tts_name: null,
    do_not_share_warning_enabled: false,
    custom_code_enabled: false,
    push: {},
    totp: {},
    default_template_sid: null,
    whatsapp: {},
    verify_event_subscription_enabled: false,
    date_created: iso8601(service.created),
    date_updated: iso8601(service.updated),
    url: `https://verify.twilio.com/v2/Services/${service.sid}`,
    links: { verifications: `https://verify.twilio.com/v2/Services/${service.sid}/Verifications` },
  });
  const service = (request: SandboxRequest) => {
    const id = request.params.ServiceSid ?? request.params.Sid;
    const found = services(context, request.account.sid).find((candidate) => candidate.sid === id);
    if (!found) throw notFound(`The requested resource /Services/${id}`);
    return found;
  };
  const verificationOf = (request: SandboxRequest, sidOrTo: unknown) =>
    findVerification(context, request.account.sid, service(request).sid, sidOrTo);

  return {
    name: "verify",
    spec: "twilio_verify_v2.json",
    prefix: "/verify",
    control: [
      {
        method: "GET",
        path: "verify/code",
        handle: (_body, query) => {
          const to = query.get("to");
          for (const account of context.accounts()) {
            const found = verifications(context, account.sid)
              .filter((one) => one.to === to && current(context, one).status === "pending")
              .at(-1);
            if (found) return { to, code: found.code, verificationSid: found.sid, serviceSid: found.serviceSid };
          }
          throw new SandboxError(twilioError(404, 20404, `No pending verification to ${to}`));
        },
      },
    ],
    routes: [
      {
        method: "POST",
        path: "/v2/Services",
        handle: (request) => {
          const created = { sid: context.sid("VA"), fields: request.body, created: now(), updated: now() };
          services(context, request.account.sid).push(created);
          return { status: 201, json: serviceJson(request.account.sid, created) };
        },
      },
      {
        method: "GET",
        path: "/v2/Services",
        handle: (request) => ({
          status: 200,
          json: v1Page(
            request,
            "verify",
            "services",
            services(context, request.account.sid).map((one) => serviceJson(request.account.sid, one)),
          ),
        }),
      },
      {
        method: "GET",
        path: "/v2/Services/{Sid}",
        handle: (request) => ({ status: 200, json: serviceJson(request.account.sid, service(request)) }),
      },
      {
        method: "POST",
        path: "/v2/Services/{ServiceSid}/Verifications",
        handle: (request) => {
          const owner = service(request);
          const codeLength = Number(owner.fields.CodeLength ?? 6);
          const verification = sendVerification(context, request.account.sid, owner.sid, codeLength, request.body);
          return { status: 201, json: verificationJson(request.account.sid, verification) };
        },
      },
      {
        method: "GET",
        path: "/v2/Services/{ServiceSid}/Verifications/{Sid}",
        handle: (request) => {
          const found = verificationOf(request, request.params.Sid);
          if (!found) throw notFound();
          return { status: 200, json: verificationJson(request.account.sid, found) };
        },
      },
      {
        method: "POST",
        path: "/v2/Services/{ServiceSid}/Verifications/{Sid}",
        handle: (request) => {
          const updated = updateVerification(context, verificationOf(request, request.params.Sid), request.body.Status);
          return { status: 200, json: verificationJson(request.account.sid, updated) };
        },
      },
      {
        method: "POST",
        path: "/v2/Services/{ServiceSid}/VerificationCheck",
        handle: (request) => {
          const target = verificationOf(request, request.body.VerificationSid ?? request.body.To);
          const checked = checkVerification(context, target, request.body.Code);
          const { sid, service_sid, account_sid, to, channel, status, valid, amount, payee, date_created, date_updated } = verificationJson(
            request.account.sid,
            checked,
          );
          return {
            status: 200,
            json: {
              sid,
              service_sid,
              account_sid,
              to,
              channel,
              status,
              valid,
              amount,
              payee,
              date_created,
              date_updated,
              sna_attempts_error_codes: [],
            },
          };
        },
      },
    ],
  };
};
