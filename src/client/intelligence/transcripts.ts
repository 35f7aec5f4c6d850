import type { Element } from "@prismatic-io/spectral";
import { checkedSid } from "../identifiers/sids";
import { productJsonPages } from "../jsonPages";
import { byLabel, PICKLIST_LIMIT } from "../picklists";
import { type PollableList, type PollState, pollNewItems } from "../polling/newItems";
import { mapRecord } from "../records";
import type { TranscriptStatus } from "../terms";
import { requestJson } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";
import { readSentences, type SentenceRecord } from "./sentences";

/** Voice Intelligence v2 (intelligence.twilio.com): services, transcripts and their sentences, by direct requests. */
const TRANSCRIPTS_URL = `${TWILIO_ORIGINS.intelligence}/v2/Transcripts`;

/** Each transcript a poll delivers costs a read of its sentences: fewer per poll than other triggers. */
const MAX_TRANSCRIPTS_PER_POLL = 50;

export type TranscriptRecord = {
  sid: string;
  serviceSid: string | null;
  accountSid: string | null;
  /** queued, in-progress, completed, failed or canceled: sentences only once completed. */
  status: string | null;
  languageCode: string | null;
  /** Seconds of audio. */
  duration: number | null;
  customerKey: string | null;
  mediaStartTime: string | null;
  dateCreated: string | null;
  dateUpdated: string | null;
};

export type TranscriptWithText = TranscriptRecord & {
  sentences: SentenceRecord[];
  /** The sentences as one text, a line each: "[00:12] Speaker 1: Hello." Empty until completed. */
  text: string;
  /** True when the transcript has more than MAX_SENTENCES sentences and only the first ones are here. */
  hasMoreSentences: boolean;
};

interface TranscriptBody {
  sid: string;
  service_sid?: string | null;
  account_sid?: string | null;
  status?: string | null;
  language_code?: string | null;
  duration?: number | null;
  customer_key?: string | null;
  media_start_time?: string | null;
  date_created?: string | null;
  date_updated?: string | null;
}

function toTranscriptRecord(body: TranscriptBody): TranscriptRecord {
  return {
    sid: body.sid,
    ...mapRecord(body, {
      service_sid: "value",
      account_sid: "value",
      status: "value",
      language_code: "value",
      duration: "value",
      customer_key: "value",
      media_start_time: "date",
      date_created: "date",
      date_updated: "date",
    }),
  };
}

interface NewTranscript {
  serviceSid: string;
  recordingSid: string;
  /** Your own reference (a CRM id...), up to 64 characters, returned with the transcript. */
  customerKey?: string;
}

/** Transcribes a call recording of the account; Twilio answers at once (202) and transcribes in the background. */
export async function createTranscript(client: TwilioClient, transcript: NewTranscript): Promise<TranscriptRecord> {
  const channel = { media_properties: { source_sid: checkedSid("recording", transcript.recordingSid, "SourceSid") } };
  const data: Record<string, string> = {
    ServiceSid: checkedSid("intelligenceService", transcript.serviceSid, "ServiceSid"),
    Channel: JSON.stringify(channel),
  };
  if (transcript.customerKey !== undefined) data.CustomerKey = transcript.customerKey;
  return toTranscriptRecord(await requestJson<TranscriptBody>(client, { method: "post", uri: TRANSCRIPTS_URL, data }));
}

/** The transcript, and once completed its sentences, as a list and as one text. */
export async function getTranscript(client: TwilioClient, sid: string): Promise<TranscriptWithText> {
  const uri = `${TRANSCRIPTS_URL}/${checkedSid("transcript", sid, "TranscriptSid")}`;
  return withText(client, await requestJson<TranscriptBody>(client, { method: "get", uri }));
}

async function withText(client: TwilioClient, body: TranscriptBody): Promise<TranscriptWithText> {
  const transcript = toTranscriptRecord(body);
  if (transcript.status !== "completed") return { ...transcript, sentences: [], text: "", hasMoreSentences: false };
  return { ...transcript, ...(await readSentences(client, transcript.sid)) };
}

interface TranscriptQuery {
  serviceSid?: string;
  status?: TranscriptStatus;
  /** Only the transcript of this recording. */
  recordingSid?: string;
}

const transcriptPages = (client: TwilioClient) =>
  productJsonPages<TranscriptBody>(client, {
    origin: TWILIO_ORIGINS.intelligence,
    path: "/v2/Transcripts",
    key: "transcripts",
  });

/** At most `limit` transcripts, newest first, without their sentences (Get Transcript reads those). */
export async function listTranscripts(client: TwilioClient, request: { query: TranscriptQuery; limit: number; continueFrom?: string }) {
  const { query, continueFrom } = request;
  const pages = transcriptPages(client);
  const list = await pages.readBounded({
    limit: request.limit,
    continueFrom,
    filters: {
      ServiceSid: query.serviceSid && checkedSid("intelligenceService", query.serviceSid, "ServiceSid"),
      Status: query.status,
      SourceSid: query.recordingSid && checkedSid("recording", query.recordingSid, "SourceSid"),
    },
  });
  return { transcripts: list.items.map(toTranscriptRecord), nextPageUri: list.nextPageUri, hasMore: list.hasMore };
}

const DAY_MS = 86_400_000;

/**
 * Each transcript once, when it is completed, oldest first, with its text. Twilio gives no
 * completion time: a completed transcript's last update is it. The list is filtered from the day
 * before the cursor, so a transcript created then and completed since is still found.
 */
export async function pollNewTranscripts(
  client: TwilioClient,
  state: PollState,
  { serviceSid }: { serviceSid?: string },
): Promise<{ transcripts: TranscriptWithText[]; state: PollState }> {
  const pages = transcriptPages(client);
  const service = serviceSid && checkedSid("intelligenceService", serviceSid, "ServiceSid");
  const list: PollableList<TranscriptBody> = {
    page: ({ fromDay, pageSize, position }) =>
      pages.first(pageSize, {
        ServiceSid: service,
        Status: "completed",
        AfterDateCreated: new Date(fromDay.getTime() - DAY_MS).toISOString(),
        PageToken: position?.pageToken,
        Page: position?.page === undefined ? undefined : String(position.page),
      }),
    getPage: pages.next,
    sidOf: (transcript) => transcript.sid,
    timeOf: (transcript) => (transcript.status === "completed" && transcript.date_updated ? new Date(transcript.date_updated) : null),
  };
  const result = await pollNewItems(list, state, { maxItems: MAX_TRANSCRIPTS_PER_POLL });
  const transcripts: TranscriptWithText[] = [];
  for (const transcript of result.items) transcripts.push(await withText(client, transcript));
  return { transcripts, state: result.state };
}

interface ServiceBody {
  sid: string;
  unique_name?: string | null;
  friendly_name?: string | null;
  language_code?: string | null;
}

/** Labelled "Support calls (support-calls) · en-US". */
export async function intelligenceServiceChoices(client: TwilioClient): Promise<Element[]> {
  const page = await requestJson<{ services?: ServiceBody[] }>(client, {
    method: "get",
    uri: `${TWILIO_ORIGINS.intelligence}/v2/Services`,
    params: { PageSize: PICKLIST_LIMIT },
  });
  return (page.services ?? [])
    .map((service) => ({
      key: service.sid,
      label: [
        `${service.friendly_name || service.unique_name || service.sid} (${service.unique_name ?? service.sid})`,
        service.language_code,
      ]
        .filter(Boolean)
        .join(" · "),
    }))
    .sort(byLabel);
}
