import type { Element } from "@prismatic-io/spectral";
import type { TwilioClient } from "../twilioClient";

/** Picklists show recent messages only: enough to pick from, one request, never the whole history. */
const RECENT_MESSAGE_LIMIT = 100;
const BODY_PREVIEW_LENGTH = 40;

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

function preview(body: string | null | undefined): string {
  const text = (body ?? "").replace(/\s+/g, " ").trim();
  if (text === "") return "(no text)";
  return text.length > BODY_PREVIEW_LENGTH ? `${text.slice(0, BODY_PREVIEW_LENGTH)}…` : text;
}
