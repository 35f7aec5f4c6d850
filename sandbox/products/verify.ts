import { randomInt } from "node:crypto";
import { iso8601 } from "../core/clock";
import { notFound, SandboxError, twilioError } from "../core/errors";
import { v1Page } from "../core/paging";
import type { ProductFactory, SandboxContext, SandboxRequest } from "../core/types";

/**
 * Verify v2 (verify.twilio.com): services, verifications and checks. The code a verification
 * sends is revealed only through GET /__sandbox/verify/code?to=..., as the phone would show it.
 * A verification is pending until checked with its code (approved) or canceled, and expires
 * after 10 minutes of sandbox time.
 */
interface Verification {
  sid: string;
  serviceSid: string;
  to: string;
  channel: string;
  code: string;
  status: "pending" | "approved" | "canceled" | "expired";
  created: number;
  updated: number;
}
interface VerifyService {
  sid: string;
  fields: Record<string, unknown>;
  created: number;
  updated: number;
}
const EXPIRES_AFTER_MS = 10 * 60_000;
const verifyState = (context: SandboxContext, accountSid: string) =>
  context.state("verify", accountSid, () => ({ services: [] as VerifyService[], verifications: [] as Verification[] }));

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
  const verificationJson = (accountSid: string, verification: Verification) => ({
    sid: verification.sid,
    service_sid: verification.serviceSid,
    account_sid: accountSid,
    to: verification.to,
    channel: verification.channel,
    status: verification.status,
    valid: verification.status === "approved",
    lookup: {},
    amount: null,
    payee: null,
    send_code_attempts: [{ time: iso8601(verification.created), channel: verification.channel, attempt_sid: context.sid("VL") }],
    date_created: iso8601(verification.created),
    date_updated: iso8601(verification.updated),
    sna: null,
    url: `https://verify.twilio.com/v2/Services/${verification.serviceSid}/Verifications/${verification.sid}`,
  });
  const service = (request: SandboxRequest) => {
    const id = request.params.ServiceSid ?? request.params.Sid;
    const found = verifyState(context, request.account.sid).services.find((candidate) => candidate.sid === id);
    if (!found) throw notFound(`The requested resource /Services/${id}`);
    return found;
  };
  const current = (verification: Verification) => {
    if (verification.status === "pending" && now() - verification.created > EXPIRES_AFTER_MS) verification.status = "expired";
    return verification;
  };
  const pendingFor = (request: SandboxRequest, serviceSid: string, to?: unknown, sid?: unknown) =>
    verifyState(context, request.account.sid)
      .verifications.map(current)
      .filter((one) => one.serviceSid === serviceSid && (sid ? one.sid === sid : one.to === to))
      .at(-1);

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
            const found = verifyState(context, account.sid)
              .verifications.filter((one) => one.to === to && current(one).status === "pending")
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
          verifyState(context, request.account.sid).services.push(created);
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
            verifyState(context, request.account.sid).services.map((one) => serviceJson(request.account.sid, one)),
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
          const length = Number(owner.fields.CodeLength ?? 6);
          const verification: Verification = {
            sid: context.sid("VE"),
            serviceSid: owner.sid,
            to: String(request.body.To),
            channel: String(request.body.Channel),
            code: String(randomInt(10 ** length)).padStart(length, "0"),
            status: "pending",
            created: now(),
            updated: now(),
          };
          verifyState(context, request.account.sid).verifications.push(verification);
          return { status: 201, json: verificationJson(request.account.sid, verification) };
        },
      },
      {
        method: "GET",
        path: "/v2/Services/{ServiceSid}/Verifications/{Sid}",
        handle: (request) => {
          const found = pendingFor(request, service(request).sid, undefined, request.params.Sid);
          if (!found) throw notFound();
          return { status: 200, json: verificationJson(request.account.sid, found) };
        },
      },
      {
        method: "POST",
        path: "/v2/Services/{ServiceSid}/Verifications/{Sid}",
        handle: (request) => {
          const found = pendingFor(request, service(request).sid, undefined, request.params.Sid);
          if (!found) throw notFound();
          if (found.status === "pending") found.status = request.body.Status === "approved" ? "approved" : "canceled";
          found.updated = now();
          return { status: 200, json: verificationJson(request.account.sid, found) };
        },
      },
      {
        method: "POST",
        path: "/v2/Services/{ServiceSid}/VerificationCheck",
        handle: (request) => {
          const found = pendingFor(request, service(request).sid, request.body.To, request.body.VerificationSid);
          if (found?.status !== "pending") {
            throw new SandboxError(twilioError(404, 20404, "The requested resource VerificationCheck was not found"));
          }
          if (request.body.Code === found.code) {
            found.status = "approved";
            found.updated = now();
          }
          const { sid, service_sid, account_sid, to, channel, amount, payee, date_created, date_updated } = verificationJson(
            request.account.sid,
            found,
          );
          const status = request.body.Code === found.code ? "approved" : "pending";
          return {
            status: 200,
            json: {
              sid,
              service_sid,
              account_sid,
              to,
              channel,
              status,
              valid: status === "approved",
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
