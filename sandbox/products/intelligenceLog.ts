import { iso8601 } from "../core/clock";
import type { SandboxContext } from "../core/types";

/**
 * What the sandbox keeps of Voice Intelligence per account, and how Twilio shows it. A transcript's
 * status follows from its age on the sandbox clock.
 */
export interface IntelligenceService {
  sid: string;
  uniqueName: string;
  friendlyName: string | null;
  languageCode: string;
  created: number;
  updated: number;
}
export interface Transcript {
  sid: string;
  serviceSid: string;
  recordingSid: string;
  customerKey: string | null;
  duration: number;
  created: number;
}

const STARTS_AFTER_MS = 1_000;
const COMPLETES_AFTER_MS = 2_000;
const SECONDS_PER_SENTENCE = 10;
const LINES = ["Thanks for calling, how can I help?", "I'd like to move my delivery to Friday.", "Sure, Friday it is.", "Thank you, bye."];

export const intelligenceOf = (context: SandboxContext, accountSid: string) =>
  context.state("intelligence", accountSid, () => ({ services: [] as IntelligenceService[], transcripts: [] as Transcript[] }));

export const serviceJson = (accountSid: string, service: IntelligenceService) => ({
  account_sid: accountSid,
  auto_redaction: false,
  media_redaction: false,
  auto_transcribe: false,
  data_logging: false,
  date_created: iso8601(service.created),
  date_updated: iso8601(service.updated),
  friendly_name: service.friendlyName,
  language_code: service.languageCode,
  sid: service.sid,
  unique_name: service.uniqueName,
  url: `https://intelligence.twilio.com/v2/Services/${service.sid}`,
  webhook_url: null,
  webhook_http_method: "POST",
  read_only_attached_operator_sids: [],
  version: 1,
});

export const statusOf = (transcript: Transcript, now: number) => {
  const age = now - transcript.created;
  return age >= COMPLETES_AFTER_MS ? "completed" : age >= STARTS_AFTER_MS ? "in-progress" : "queued";
};

export const transcriptJson = (accountSid: string, transcript: Transcript, now: number) => {
  const status = statusOf(transcript, now);
  const url = `https://intelligence.twilio.com/v2/Transcripts/${transcript.sid}`;
  return {
    account_sid: accountSid,
    service_sid: transcript.serviceSid,
    sid: transcript.sid,
    date_created: iso8601(transcript.created),
    date_updated: iso8601(status === "completed" ? transcript.created + COMPLETES_AFTER_MS : transcript.created),
    status,
    channel: { media_properties: { source_sid: transcript.recordingSid } },
    data_logging: false,
    language_code: "en-US",
    customer_key: transcript.customerKey,
    media_start_time: null,
    duration: transcript.duration,
    url,
    redaction: false,
    links: { sentences: `${url}/Sentences`, media: `${url}/Media`, operator_results: `${url}/OperatorResults` },
  };
};

/** A completed transcript's sentences: one for each ten seconds of the recording, speakers taking turns. */
export const sentencesJson = (transcript: Transcript, now: number) => {
  const count = statusOf(transcript, now) === "completed" ? Math.max(Math.ceil(transcript.duration / SECONDS_PER_SENTENCE), 1) : 0;
  return Array.from({ length: count }, (_, index) => ({
    media_channel: (index % 2) + 1,
    sentence_index: index,
    start_time: index * SECONDS_PER_SENTENCE,
    end_time: index * SECONDS_PER_SENTENCE + 3.5,
    transcript: LINES[index % LINES.length],
    sid: `GX${transcript.sid.slice(2, 26)}${String(index).padStart(8, "0")}`,
    confidence: 0.95,
    words: [],
  }));
};
