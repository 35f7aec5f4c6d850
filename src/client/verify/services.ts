import type { Element } from "@prismatic-io/spectral";
import { productJsonPages } from "../jsonPages";
import { byLabel, PICKLIST_LIMIT } from "../picklists";
import { mapRecord } from "../records";
import { requestJson } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

/**
 * Verify Services are read and created with direct requests: twilio-node's service module loads
 * every Verify sub-resource (about 97 KB) for these two calls.
 */
const SERVICES_PATH = "/v2/Services";
const SERVICES_URL = `${TWILIO_ORIGINS.verify}${SERVICES_PATH}`;

export interface VerifyServiceRecord {
  sid: string;
  accountSid: string | null;
  friendlyName: string | null;
  codeLength: number | null;
  lookupEnabled: boolean | null;
  skipSmsToLandlines: boolean | null;
  doNotShareWarningEnabled: boolean | null;
  customCodeEnabled: boolean | null;
  dtmfInputRequired: boolean | null;
  psd2Enabled: boolean | null;
  defaultTemplateSid: string | null;
  dateCreated: string | null;
  dateUpdated: string | null;
  url: string | null;
}

export interface VerifyServiceList {
  services: VerifyServiceRecord[];
  /** The link to the services after these, for a later read to continue from; null when there are no more. */
  nextPageUri: string | null;
  hasMore: boolean;
}

interface NewVerifyService {
  friendlyName: string;
  codeLength?: number;
  skipSmsToLandlines?: boolean;
  doNotShareWarningEnabled?: boolean;
}

type ServiceBody = Record<string, unknown>;

export async function listVerifyServices(
  client: TwilioClient,
  { limit, continueFrom }: { limit: number; continueFrom?: string },
): Promise<VerifyServiceList> {
  const pages = productJsonPages<ServiceBody>(client, {
    origin: TWILIO_ORIGINS.verify,
    path: SERVICES_PATH,
    key: "services",
  });
  const list = await pages.readBounded({ limit, continueFrom });
  return { services: list.items.map(toServiceRecord), nextPageUri: list.nextPageUri, hasMore: list.hasMore };
}

export async function createVerifyService(client: TwilioClient, service: NewVerifyService): Promise<VerifyServiceRecord> {
  const data: Record<string, string> = { FriendlyName: service.friendlyName };
  if (service.codeLength !== undefined) data.CodeLength = String(service.codeLength);
  // Sent only when turned on: Twilio's own default stays in force otherwise.
  if (service.skipSmsToLandlines) data.SkipSmsToLandlines = "true";
  if (service.doNotShareWarningEnabled) data.DoNotShareWarningEnabled = "true";
  return toServiceRecord(await requestJson<ServiceBody>(client, { method: "post", uri: SERVICES_URL, data }));
}

/** Keyed by SID, labelled "Login codes (VA...)". */
export async function verifyServiceChoices(client: TwilioClient): Promise<Element[]> {
  const { services } = await listVerifyServices(client, { limit: PICKLIST_LIMIT });
  return services
    .map((service) => ({ key: service.sid, label: `${service.friendlyName || "Unnamed service"} (${service.sid})` }))
    .sort(byLabel);
}

/** camelCase like twilio-node's toJSON, dates as ISO strings, as every other record of the component. */
function toServiceRecord(body: ServiceBody): VerifyServiceRecord {
  return {
    sid: String(body.sid ?? ""),
    ...mapRecord(body, {
      account_sid: "text",
      friendly_name: "text",
      code_length: "integer",
      lookup_enabled: "flag",
      skip_sms_to_landlines: "flag",
      do_not_share_warning_enabled: "flag",
      custom_code_enabled: "flag",
      dtmf_input_required: "flag",
      psd2_enabled: "flag",
      default_template_sid: "text",
      date_created: "date",
      date_updated: "date",
      url: "text",
    }),
  };
}
