import type { Element } from "@prismatic-io/spectral";
import { byLabel, PICKLIST_LIMIT } from "../picklists";
import { fromTwilioErrorBody, InputError } from "../transport/errors";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

/**
 * Verify Services are read and created with direct requests: twilio-node's service module loads
 * every Verify sub-resource (about 97 KB) for these two calls.
 */
const SERVICES_PATH = "/v2/Services";
const SERVICES_URL = `${TWILIO_ORIGINS.verify}${SERVICES_PATH}`;

/** One page: Twilio's maximum page size, so a limit never costs more than one request. */
export const MAX_VERIFY_SERVICE_LIMIT = 1000;

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
  /** Pass to "Continue From" to read the services after these; null when there are no more. */
  nextPageUri: string | null;
  hasMore: boolean;
}

export interface NewVerifyService {
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
  const url = continueFrom ? resolveContinuation(continueFrom) : new URL(SERVICES_URL);
  url.searchParams.set("PageSize", String(Math.min(limit, MAX_VERIFY_SERVICE_LIMIT)));
  const body = await send(client, { method: "get", uri: url.toString() });
  const services = Array.isArray(body.services) ? (body.services as ServiceBody[]) : [];
  const next = (body.meta as { next_page_url?: unknown } | undefined)?.next_page_url;
  const nextPageUri = typeof next === "string" && next !== "" ? toRelativeUri(next) : null;
  return { services: services.map(toServiceRecord), nextPageUri, hasMore: nextPageUri !== null };
}

export async function createVerifyService(client: TwilioClient, service: NewVerifyService): Promise<VerifyServiceRecord> {
  const data: Record<string, string> = { FriendlyName: service.friendlyName };
  if (service.codeLength !== undefined) data.CodeLength = String(service.codeLength);
  // Sent only when turned on: Twilio's own default stays in force otherwise.
  if (service.skipSmsToLandlines) data.SkipSmsToLandlines = "true";
  if (service.doNotShareWarningEnabled) data.DoNotShareWarningEnabled = "true";
  return toServiceRecord(await send(client, { method: "post", uri: SERVICES_URL, data }));
}

/** Keyed by SID, labelled "Login codes (VA...)". */
export async function verifyServiceChoices(client: TwilioClient): Promise<Element[]> {
  const { services } = await listVerifyServices(client, { limit: PICKLIST_LIMIT });
  return services
    .map((service) => ({ key: service.sid, label: `${service.friendlyName || "Unnamed service"} (${service.sid})` }))
    .sort(byLabel);
}

async function send(
  client: TwilioClient,
  request: { method: "get" | "post"; uri: string; data?: Record<string, string> },
): Promise<ServiceBody> {
  const response = await client.request(request);
  if (response.statusCode >= 400) throw fromTwilioErrorBody(response.statusCode, response.body);
  const body: unknown = typeof response.body === "string" ? JSON.parse(response.body) : response.body;
  return body && typeof body === "object" ? (body as ServiceBody) : {};
}

/** A continuation may only be this list's next page: it is sent with the connection's credentials. */
function resolveContinuation(continueFrom: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(continueFrom, TWILIO_ORIGINS.verify);
  } catch {
    url = undefined;
  }
  if (!url || url.origin !== TWILIO_ORIGINS.verify || url.pathname !== SERVICES_PATH || url.username || url.password) {
    throw new InputError(
      "Continue From",
      `the nextPageUri of an earlier List Verify Services result (starting with ${SERVICES_PATH}?)`,
      continueFrom,
    );
  }
  return url;
}

function toRelativeUri(url: string): string {
  const parsed = new URL(url, TWILIO_ORIGINS.verify);
  return `${parsed.pathname}${parsed.search}`;
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const flag = (value: unknown): boolean | null => (typeof value === "boolean" ? value : null);
const integer = (value: unknown): number | null => (typeof value === "number" && Number.isInteger(value) ? value : null);

function isoDate(value: unknown): string | null {
  const date = typeof value === "string" ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}

/** camelCase like twilio-node's toJSON, dates as ISO strings, as every other record of the component. */
function toServiceRecord(body: ServiceBody): VerifyServiceRecord {
  return {
    sid: String(body.sid ?? ""),
    accountSid: text(body.account_sid),
    friendlyName: text(body.friendly_name),
    codeLength: integer(body.code_length),
    lookupEnabled: flag(body.lookup_enabled),
    skipSmsToLandlines: flag(body.skip_sms_to_landlines),
    doNotShareWarningEnabled: flag(body.do_not_share_warning_enabled),
    customCodeEnabled: flag(body.custom_code_enabled),
    dtmfInputRequired: flag(body.dtmf_input_required),
    psd2Enabled: flag(body.psd2_enabled),
    defaultTemplateSid: text(body.default_template_sid),
    dateCreated: isoDate(body.date_created),
    dateUpdated: isoDate(body.date_updated),
    url: text(body.url),
  };
}
