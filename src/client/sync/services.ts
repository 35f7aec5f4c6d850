import type { Element } from "@prismatic-io/spectral";
import { byLabel } from "../picklists";
import { requestJson } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

export const SYNC_SERVICES_URI = `${TWILIO_ORIGINS.sync}/v1/Services`;
/** One page: an account has few Sync Services, and a picker reads them in one request. */
const SERVICE_PAGE_SIZE = 100;

export interface SyncServiceBody {
  sid: string;
  unique_name?: string | null;
  friendly_name: string | null;
  date_created: string;
}

export async function listSyncServices(client: TwilioClient): Promise<SyncServiceBody[]> {
  const page = await requestJson<{ services: SyncServiceBody[] }>(client, {
    method: "get",
    uri: `${SYNC_SERVICES_URI}?PageSize=${SERVICE_PAGE_SIZE}`,
  });
  return page.services;
}

/** The account's Sync Services for a picker, by friendly name. */
export async function syncServiceChoices(client: TwilioClient): Promise<Element[]> {
  return (await listSyncServices(client))
    .map((service) => ({ key: service.sid, label: service.friendly_name ? `${service.friendly_name} (${service.sid})` : service.sid }))
    .sort(byLabel);
}
