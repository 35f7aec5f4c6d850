/**
 * Each state a sender can be in for US messaging, what it means and what to do next. Twilio
 * documents brand statuses and toll-free statuses as closed lists; campaign_status is a free
 * string (IN_PROGRESS, VERIFIED, FAILED are documented), so an unknown one is reported as is.
 */
export type ComplianceState =
  | "campaignVerified"
  | "campaignPending"
  | "campaignFailed"
  | "campaignSuspended"
  | "brandPending"
  | "brandFailed"
  | "brandSuspended"
  | "noCampaign"
  | "notInMessagingService"
  | "tollFreeVerified"
  | "tollFreePending"
  | "tollFreeRejected"
  | "tollFreeUnverified"
  | "shortCode"
  | "notUsSender"
  | "unknownCampaignStatus";

interface StateText {
  readyForUS: boolean;
  explanation: string;
  nextStep: string | null;
}

const REGISTRATION = "Twilio Console > Messaging > Regulatory compliance";

export const STATES: Record<ComplianceState, StateText> = {
  campaignVerified: {
    readyForUS: true,
    explanation: "The sender is in a Messaging Service whose A2P 10DLC campaign is verified and whose brand is approved.",
    nextStep: null,
  },
  campaignPending: {
    readyForUS: false,
    explanation:
      "The A2P 10DLC campaign is still being reviewed by Twilio and the carriers; US messages sent now are blocked (error 30034/30035).",
    nextStep: "Wait for the campaign review to finish (usually days to a few weeks), then check again.",
  },
  campaignFailed: {
    readyForUS: false,
    explanation: "The A2P 10DLC campaign was rejected; US messages are blocked.",
    nextStep: `Read the campaign's errors (below, or in ${REGISTRATION}), fix them and resubmit the campaign.`,
  },
  campaignSuspended: {
    readyForUS: false,
    explanation: "The A2P 10DLC campaign is suspended (error 21729); US messages are blocked.",
    nextStep: `See ${REGISTRATION} for the reason and contact Twilio support to resolve it.`,
  },
  brandPending: {
    readyForUS: false,
    explanation: "The A2P brand behind the campaign is still being reviewed (error 30994); the campaign cannot be approved before it.",
    nextStep: "Wait for the brand review to finish, then check again.",
  },
  brandFailed: {
    readyForUS: false,
    explanation: "The A2P brand registration failed; its campaigns cannot be approved.",
    nextStep: `Read the brand's errors (below, or in ${REGISTRATION}), fix the business details and resubmit the brand.`,
  },
  brandSuspended: {
    readyForUS: false,
    explanation: "The A2P brand is suspended (or being deleted); its campaigns cannot send to US numbers.",
    nextStep: `See ${REGISTRATION} and contact Twilio support.`,
  },
  noCampaign: {
    readyForUS: false,
    explanation: "The Messaging Service has no A2P 10DLC campaign: its US local numbers cannot text US recipients (error 30034).",
    nextStep: `Register a brand and a campaign for this Messaging Service in ${REGISTRATION}, or send from a verified toll-free number.`,
  },
  notInMessagingService: {
    readyForUS: false,
    explanation:
      "This US local (10DLC) number is in no Messaging Service, so no A2P 10DLC campaign covers it: US messages are blocked (error 30034).",
    nextStep: "Add the number to a Messaging Service whose campaign is verified (the service's PhoneNumbers).",
  },
  tollFreeVerified: {
    readyForUS: true,
    explanation: "The toll-free number's verification is approved (TWILIO_APPROVED).",
    nextStep: null,
  },
  tollFreePending: {
    readyForUS: false,
    explanation:
      "The toll-free verification is submitted but not approved yet; unverified toll-free numbers cannot text US and Canadian numbers (error 30032/30466).",
    nextStep: "Wait for Twilio's review (usually a few business days), then check again.",
  },
  tollFreeRejected: {
    readyForUS: false,
    explanation: "The toll-free verification was rejected; the number cannot text US and Canadian numbers.",
    nextStep: `Read the rejection reason (below), edit the verification while editing is allowed, or submit a new one in ${REGISTRATION}.`,
  },
  tollFreeUnverified: {
    readyForUS: false,
    explanation:
      "The toll-free number has no verification; unverified toll-free numbers cannot text US and Canadian numbers (error 30032/30466).",
    nextStep: `Submit a toll-free verification for this number in ${REGISTRATION}.`,
  },
  shortCode: {
    readyForUS: true,
    explanation: "Short codes are approved by the carriers when they are provisioned: no A2P 10DLC or toll-free registration applies.",
    nextStep: null,
  },
  notUsSender: {
    readyForUS: false,
    explanation:
      "This sender is not a US or Canadian number, short code or service: US carriers do not deliver messages from international numbers or alphanumeric sender IDs.",
    nextStep: "Send to US numbers from a registered US local number (A2P 10DLC), a verified toll-free number or a short code.",
  },
  unknownCampaignStatus: {
    readyForUS: false,
    explanation: "The A2P 10DLC campaign has a status this component does not know; it is not counted as verified.",
    nextStep: `Check the campaign in ${REGISTRATION}.`,
  },
};

/** Brand statuses that stop a campaign, by the state they lead to. */
export function brandState(status: string | null | undefined): ComplianceState | undefined {
  if (status === "APPROVED") return undefined;
  if (status === "FAILED") return "brandFailed";
  if (status === "SUSPENDED" || status === "DELETION_PENDING" || status === "DELETION_FAILED") return "brandSuspended";
  return "brandPending";
}

export function campaignState(status: string | null | undefined): ComplianceState {
  switch (status) {
    case "VERIFIED":
      return "campaignVerified";
    case "IN_PROGRESS":
    case "PENDING":
      return "campaignPending";
    case "FAILED":
      return "campaignFailed";
    case "SUSPENDED":
      return "campaignSuspended";
    default:
      return "unknownCampaignStatus";
  }
}

export function tollFreeState(status: string | null | undefined): ComplianceState {
  if (status === "TWILIO_APPROVED") return "tollFreeVerified";
  if (status === "TWILIO_REJECTED") return "tollFreeRejected";
  return status ? "tollFreePending" : "tollFreeUnverified";
}
