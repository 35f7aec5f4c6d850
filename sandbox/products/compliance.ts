import { iso8601 } from "../core/clock";
import { notFound } from "../core/errors";
import { v1Page } from "../core/paging";
import type { ProductFactory, SandboxContext } from "../core/types";

/**
 * US sender registration (messaging.twilio.com v1): A2P 10DLC brands and the campaigns
 * (Compliance/Usa2p) of Messaging Services, and toll-free verifications. Registering takes
 * Trust Hub bundles and days of carrier review, so tests seed each state through
 * POST /__sandbox/compliance/brand {Status, IdentityStatus, Errors},
 * /__sandbox/compliance/campaign {MessagingServiceSid, BrandRegistrationSid, CampaignStatus, Errors}
 * and /__sandbox/compliance/tollfree {TollfreePhoneNumberSid, Status, RejectionReason, ErrorCode}.
 */
type Registration = Record<string, unknown> & { sid: string; created: number };
interface Registrations {
  brands: Registration[];
  campaigns: Registration[];
  tollfree: Registration[];
}
const registrationsOf = (context: SandboxContext, accountSid: string): Registrations =>
  context.state("compliance", accountSid, () => ({ brands: [], campaigns: [], tollfree: [] }));

const errorsOf = (value: unknown) => ([] as unknown[]).concat(value ?? []).map((message) => ({ code: 30000, message: String(message) }));

export const compliance: ProductFactory = (context) => {
  const accountOf = (body: Record<string, unknown>) => String(body.AccountSid ?? context.accounts()[0]?.sid);
  const dates = (record: Registration) => ({ date_created: iso8601(record.created), date_updated: iso8601(record.created) });
  const brandJson = (accountSid: string, brand: Registration) => ({
    sid: brand.sid,
    account_sid: accountSid,
    brand_type: "STANDARD",
    status: brand.Status ?? "PENDING",
    identity_status: brand.IdentityStatus ?? "UNVERIFIED",
    errors: errorsOf(brand.Errors),
    url: `https://messaging.twilio.com/v1/a2p/BrandRegistrations/${brand.sid}`,
    ...dates(brand),
  });
  const campaignJson = (accountSid: string, campaign: Registration) => ({
    sid: campaign.sid,
    account_sid: accountSid,
    brand_registration_sid: campaign.BrandRegistrationSid ?? null,
    messaging_service_sid: campaign.MessagingServiceSid,
    us_app_to_person_usecase: "MIXED",
    campaign_status: campaign.CampaignStatus ?? "IN_PROGRESS",
    errors: errorsOf(campaign.Errors),
    url: `https://messaging.twilio.com/v1/Services/${campaign.MessagingServiceSid}/Compliance/Usa2p/${campaign.sid}`,
    ...dates(campaign),
  });
  const tollfreeJson = (accountSid: string, verification: Registration) => ({
    sid: verification.sid,
    account_sid: accountSid,
    tollfree_phone_number_sid: verification.TollfreePhoneNumberSid,
    status: verification.Status ?? "PENDING_REVIEW",
    rejection_reason: verification.RejectionReason ?? null,
    error_code: verification.ErrorCode === undefined ? null : Number(verification.ErrorCode),
    edit_allowed: verification.Status === "TWILIO_REJECTED",
    url: `https://messaging.twilio.com/v1/Tollfree/Verifications/${verification.sid}`,
    ...dates(verification),
  });
  const seed = (kind: keyof Registrations, prefix: string, toJson: (accountSid: string, record: Registration) => unknown) => ({
    method: "POST" as const,
    path: `compliance/${kind === "tollfree" ? "tollfree" : kind.slice(0, -1)}`,
    handle: (body: Record<string, unknown>) => {
      const accountSid = accountOf(body);
      const record: Registration = { ...body, sid: context.sid(prefix), created: context.clock.now() };
      registrationsOf(context, accountSid)[kind].push(record);
      return toJson(accountSid, record);
    },
  });
  return {
    name: "compliance",
    spec: "twilio_messaging_v1.json",
    prefix: "/messaging",
    control: [seed("brands", "BN", brandJson), seed("campaigns", "QE", campaignJson), seed("tollfree", "HH", tollfreeJson)],
    routes: [
      {
        method: "GET",
        path: "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p",
        handle: (request) => {
          const { campaigns } = registrationsOf(context, request.account.sid);
          const ofService = campaigns.filter((campaign) => campaign.MessagingServiceSid === request.params.MessagingServiceSid);
          const json = ofService.map((campaign) => campaignJson(request.account.sid, campaign));
          return { status: 200, json: v1Page(request, "messaging", "compliance", json) };
        },
      },
      {
        method: "GET",
        path: "/v1/a2p/BrandRegistrations/{Sid}",
        handle: (request) => {
          const brand = registrationsOf(context, request.account.sid).brands.find((candidate) => candidate.sid === request.params.Sid);
          if (!brand) throw notFound(`The requested resource /a2p/BrandRegistrations/${request.params.Sid}`);
          return { status: 200, json: brandJson(request.account.sid, brand) };
        },
      },
      {
        method: "GET",
        path: "/v1/Tollfree/Verifications",
        handle: (request) => {
          const { TollfreePhoneNumberSid, Status } = request.query as Record<string, string | undefined>;
          const found = registrationsOf(context, request.account.sid).tollfree.filter(
            (verification) =>
              (!TollfreePhoneNumberSid || verification.TollfreePhoneNumberSid === TollfreePhoneNumberSid) &&
              (!Status || verification.Status === Status),
          );
          const json = found.map((verification) => tollfreeJson(request.account.sid, verification));
          return { status: 200, json: v1Page(request, "messaging", "verifications", json) };
        },
      },
    ],
  };
};
