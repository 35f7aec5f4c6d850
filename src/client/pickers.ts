import type { Element } from "@prismatic-io/spectral";
import type { TwilioClient } from "./twilioClient";

/** Picklists show recent messages only: enough to pick from, one request, never the whole history. */
export const RECENT_MESSAGE_LIMIT = 100;
/** One page each; an account with more numbers or services than this types the value instead. */
export const PICKLIST_LIMIT = 500;
const BODY_PREVIEW_LENGTH = 40;

const byLabel = (a: Element, b: Element) => (a.label ?? a.key).localeCompare(b.label ?? b.key);

/** Newest first, labelled "2026-11-20 16:04 · +15017122661 → +15558675310 · Your order #1234 has…". */
export async function recentMessageChoices(client: TwilioClient): Promise<Element[]> {
  const page = await client.messages.page({ pageSize: RECENT_MESSAGE_LIMIT });
  return page.instances
    .map((message) => ({
      message,
      at: message.dateSent ?? message.dateCreated,
    }))
    .sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0))
    .map(({ message, at }) => ({
      key: message.sid,
      label: [
        at ? at.toISOString().slice(0, 16).replace("T", " ") : "unsent",
        `${message.from} → ${message.to}`,
        preview(message.body),
      ].join(" · "),
    }));
}

/** Keyed by the number in E.164, which is what a From or To input takes; labelled with the friendly name. */
export async function phoneNumberChoices(client: TwilioClient): Promise<Element[]> {
  const page = await client.incomingPhoneNumbers.page({
    pageSize: PICKLIST_LIMIT,
  });
  return page.instances
    .map((number) => ({
      key: number.phoneNumber,
      label:
        number.friendlyName && number.friendlyName !== number.phoneNumber
          ? `${number.phoneNumber} (${number.friendlyName})`
          : number.phoneNumber,
    }))
    .sort(byLabel);
}

export async function messagingServiceChoices(client: TwilioClient): Promise<Element[]> {
  const page = await client.messagingServices.page({
    pageSize: PICKLIST_LIMIT,
  });
  return page.instances
    .map((service) => ({
      key: service.sid,
      label: `${service.friendlyName || "Unnamed service"} (${service.sid})`,
    }))
    .sort(byLabel);
}

function preview(body: string | null | undefined): string {
  const text = (body ?? "").replace(/\s+/g, " ").trim();
  if (text === "") return "(no text)";
  return text.length > BODY_PREVIEW_LENGTH ? `${text.slice(0, BODY_PREVIEW_LENGTH)}…` : text;
}
