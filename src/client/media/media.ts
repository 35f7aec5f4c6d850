import type { MediaInstance } from "twilio/lib/rest/api/v2010/account/message/media";
import { checkedSid } from "../identifiers/sids";
import type { TwilioClient } from "../twilioClient";
import { type DownloadedFile, downloadTwilioFile } from "./download";

/** A message carries at most 10 media items (MMS and WhatsApp alike): one page holds them all. */
const MEDIA_PAGE_SIZE = 50;

type MediaRecord = Record<string, unknown>;

export interface MessageMediaList {
  media: MediaRecord[];
}

function toMediaRecord(instance: MediaInstance): MediaRecord {
  return JSON.parse(JSON.stringify(instance.toJSON()));
}

/** twilio-node's media list comes with the message list the client already holds: nothing more to load. */
export async function listMessageMedia(client: TwilioClient, messageSid: string): Promise<MessageMediaList> {
  const page = await client.messages(checkedSid("message", messageSid, "MessageSid")).media.page({ pageSize: MEDIA_PAGE_SIZE });
  return { media: page.instances.map(toMediaRecord) };
}

const EXTENSIONS: Record<string, string> = {
  "image/jpeg": ".jpg",
  "image/png": ".png",
  "image/gif": ".gif",
  "image/webp": ".webp",
  "image/heic": ".heic",
  "audio/mpeg": ".mp3",
  "audio/ogg": ".ogg",
  "audio/amr": ".amr",
  "audio/mp4": ".m4a",
  "video/mp4": ".mp4",
  "video/3gpp": ".3gp",
  "application/pdf": ".pdf",
  "text/vcard": ".vcf",
  "text/x-vcard": ".vcf",
  "text/plain": ".txt",
  "text/csv": ".csv",
};

/** "ME….jpg": the media SID, with the extension of its content type when it is a common one. */
export function mediaFileName(mediaSid: string, contentType: string): string {
  return `${mediaSid}${EXTENSIONS[contentType.toLowerCase()] ?? ""}`;
}

/** The file is the media's URI without .json; with media authentication on, Twilio redirects it to its CDN. */
export function downloadMessageMedia(
  client: TwilioClient,
  messageSid: string,
  mediaSid: string,
  maxBytes: number,
): Promise<DownloadedFile> {
  const message = checkedSid("message", messageSid, "MessageSid");
  const media = checkedSid("media", mediaSid, "MediaSid");
  return downloadTwilioFile(client, {
    url: `${client.apiOrigin}/2010-04-01/Accounts/${client.accountSid}/Messages/${message}/Media/${media}`,
    maxBytes,
    fileName: (contentType) => mediaFileName(media, contentType),
  });
}
