import type { Element } from "@prismatic-io/spectral";
import { byLabel } from "../picklists";
import { continuationUrl, type ProductPage, requestJson } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

const TYPES_PATH = "/v1/Types";
/** The catalogue holds a few hundred types; this bounds the pages a picker reads. */
const MAX_CATALOGUE_PAGES = 10;
const PAGE_SIZE = 1000;

interface EventTypeBody {
  type?: string;
  description?: string | null;
  status?: string | null;
}

/** "com.twilio.messaging.message.delivered" is Messaging's: the product is the third part of the type. */
export function productOf(type: string): string {
  const product = type.split(".")[2] ?? "other";
  return product
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

/**
 * Twilio's event type catalogue, labelled "Messaging · Outbound message delivered
 * (com.twilio.messaging.message.delivered)" so the picker groups by product. Discontinued types
 * are left out: nothing is delivered for them.
 */
export async function eventTypeChoices(client: TwilioClient): Promise<Element[]> {
  const choices: Element[] = [];
  let next: string | null = `${TWILIO_ORIGINS.events}${TYPES_PATH}?PageSize=${PAGE_SIZE}`;
  for (let pages = 0; next && pages < MAX_CATALOGUE_PAGES; pages++) {
    const page: ProductPage = await requestJson<ProductPage>(client, { method: "get", uri: next });
    for (const body of (page.types as EventTypeBody[] | undefined) ?? []) {
      if (!body.type || body.status === "discontinued") continue;
      const status = body.status && body.status !== "available" ? `, ${body.status}` : "";
      choices.push({ key: body.type, label: `${productOf(body.type)} · ${body.description || body.type} (${body.type}${status})` });
    }
    const link = page.meta?.next_page_url;
    // A next-page link goes back with the connection's credentials: only ever to the catalogue.
    next =
      typeof link === "string" && link !== "" ? continuationUrl(TWILIO_ORIGINS.events, TYPES_PATH, link, "the event type catalogue") : null;
  }
  return choices.sort(byLabel);
}
