import { SID_PATTERNS } from "../identifiers/sids";
import { ownNumber } from "../numbers/numbers";
import { poolEntryOfExistingService } from "../numbers/senderPool";
import { requestJson } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";
import { brandState, type ComplianceState, campaignState, STATES, tollFreeState } from "./states";

type SenderType = "tenDlc" | "tollFree" | "shortCode" | "messagingService" | "international";

export interface SenderCompliance {
  sender: string;
  senderType: SenderType;
  /** Whether messages from this sender can reach US recipients now. */
  readyForUS: boolean;
  state: ComplianceState;
  explanation: string;
  nextStep: string | null;
  /** The Messaging Service whose campaign covers the sender (the sender itself, or the service holding the number). */
  messagingServiceSid: string | null;
  campaign: { sid: string; status: string | null; errors: string[] } | null;
  brand: { sid: string; status: string | null; identityStatus: string | null; errors: string[] } | null;
  tollFreeVerification: {
    sid: string;
    status: string | null;
    rejectionReason: string | null;
    errorCode: number | null;
    editAllowed: boolean | null;
  } | null;
}

/** North American toll-free area codes. */
const TOLL_FREE = /^\+18(00|33|44|55|66|77|88)\d{7}$/;
const SHORT_CODE = /^\d{3,8}$/;
const MESSAGING = `${TWILIO_ORIGINS.messaging}/v1`;

type Registration = Pick<SenderCompliance, "messagingServiceSid" | "campaign" | "brand" | "tollFreeVerification">;
const NONE: Registration = { messagingServiceSid: null, campaign: null, brand: null, tollFreeVerification: null };

interface RegistrationErrors {
  errors?: { message?: string; description?: string; code?: number }[] | null;
}
interface CampaignBody extends RegistrationErrors {
  sid: string;
  campaign_status?: string | null;
  brand_registration_sid?: string | null;
}
interface BrandBody extends RegistrationErrors {
  sid: string;
  status?: string | null;
  identity_status?: string | null;
}
interface TollFreeBody {
  sid: string;
  status?: string | null;
  rejection_reason?: string | null;
  error_code?: number | null;
  edit_allowed?: boolean | null;
}

/** Whether a sender (E.164 number, short code or Messaging Service SID) can text US recipients now, and why not. */
export async function checkSenderCompliance(client: TwilioClient, sender: string): Promise<SenderCompliance> {
  if (SID_PATTERNS.messagingService.test(sender)) return result(sender, "messagingService", await serviceRegistration(client, sender));
  if (SHORT_CODE.test(sender)) return result(sender, "shortCode", { ...NONE, state: "shortCode" });
  if (!sender.startsWith("+1")) return result(sender, "international", { ...NONE, state: "notUsSender" });
  const number = await ownNumber(client, sender);
  if (TOLL_FREE.test(number.phoneNumber)) return result(sender, "tollFree", await tollFreeRegistration(client, number.sid));
  const serviceSid = await serviceHolding(client, number.sid);
  if (!serviceSid) return result(sender, "tenDlc", { ...NONE, state: "notInMessagingService" });
  return result(sender, "tenDlc", await serviceRegistration(client, serviceSid));
}

function result(sender: string, senderType: SenderType, found: Registration & { state: ComplianceState }): SenderCompliance {
  const { state, ...registration } = found;
  return { sender, senderType, ...STATES[state], state, ...registration };
}

async function serviceRegistration(client: TwilioClient, serviceSid: string): Promise<Registration & { state: ComplianceState }> {
  const { compliance } = await requestJson<{ compliance?: CampaignBody[] }>(client, {
    method: "get",
    uri: `${MESSAGING}/Services/${serviceSid}/Compliance/Usa2p`,
  });
  const found = compliance?.[0];
  if (!found) return { ...NONE, messagingServiceSid: serviceSid, state: "noCampaign" };
  const campaign = { sid: found.sid, status: found.campaign_status ?? null, errors: errorTexts(found) };
  const brandSid = found.brand_registration_sid;
  const brandBody =
    brandSid && SID_PATTERNS.brandRegistration.test(brandSid)
      ? await requestJson<BrandBody>(client, { method: "get", uri: `${MESSAGING}/a2p/BrandRegistrations/${brandSid}` })
      : undefined;
  const brand = brandBody
    ? {
        sid: brandBody.sid,
        status: brandBody.status ?? null,
        identityStatus: brandBody.identity_status ?? null,
        errors: errorTexts(brandBody),
      }
    : null;
  const state = (brand && brandState(brand.status)) || campaignState(campaign.status);
  return { ...NONE, messagingServiceSid: serviceSid, campaign, brand, state };
}

/** The newest verification of the number decides; an approved one wins over later drafts. */
async function tollFreeRegistration(client: TwilioClient, phoneNumberSid: string): Promise<Registration & { state: ComplianceState }> {
  const { verifications } = await requestJson<{ verifications?: TollFreeBody[] }>(client, {
    method: "get",
    uri: `${MESSAGING}/Tollfree/Verifications`,
    params: { TollfreePhoneNumberSid: phoneNumberSid, PageSize: 20 },
  });
  const found = verifications?.find((verification) => verification.status === "TWILIO_APPROVED") ?? verifications?.[0];
  if (!found) return { ...NONE, state: "tollFreeUnverified" };
  const tollFreeVerification = {
    sid: found.sid,
    status: found.status ?? null,
    rejectionReason: found.rejection_reason ?? null,
    errorCode: found.error_code ?? null,
    editAllowed: found.edit_allowed ?? null,
  };
  return { ...NONE, tollFreeVerification, state: tollFreeState(found.status) };
}

/** Services asked about a number, one request each: an account with more keeps the rest unasked. */
const MAX_SERVICES_SEARCHED = 100;

/**
 * The Messaging Service whose pool holds the number. Twilio has no lookup from a number to its
 * service, so the account's services are asked one by one.
 */
async function serviceHolding(client: TwilioClient, phoneNumberSid: string): Promise<string | undefined> {
  const { services } = await requestJson<{ services?: { sid: string }[] }>(client, {
    method: "get",
    uri: `${MESSAGING}/Services`,
    params: { PageSize: MAX_SERVICES_SEARCHED },
  });
  for (const { sid } of services ?? []) {
    if (SID_PATTERNS.messagingService.test(sid) && (await poolEntryOfExistingService(client, sid, phoneNumberSid))) return sid;
  }
  return undefined;
}

function errorTexts(body: RegistrationErrors): string[] {
  return (body.errors ?? []).map((error) => [error.code, error.message ?? error.description].filter(Boolean).join(": "));
}
