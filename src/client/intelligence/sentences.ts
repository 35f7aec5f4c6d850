import { productJsonPages } from "../jsonPages";
import { readBoundedList } from "../paging";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

/** A transcript's sentences are read this many at a time, and no more than MAX_SENTENCES in all. */
const SENTENCE_PAGE_SIZE = 1000;
const MAX_SENTENCES = 5000;

export type SentenceRecord = {
  /** The audio channel that spoke: 1 or 2 for a two-channel call recording. */
  speaker: number | null;
  /** Seconds from the start of the audio. */
  startTime: number | null;
  endTime: number | null;
  text: string;
  confidence: number | null;
};

interface SentenceBody {
  media_channel?: number | null;
  start_time?: number | null;
  end_time?: number | null;
  transcript?: string | null;
  confidence?: number | null;
}

/** A completed transcript's sentences, at most MAX_SENTENCES, as a list and as one text, a line each. */
export async function readSentences(
  client: TwilioClient,
  transcriptSid: string,
): Promise<{ sentences: SentenceRecord[]; text: string; hasMoreSentences: boolean }> {
  const pages = productJsonPages<SentenceBody>(client, {
    origin: TWILIO_ORIGINS.intelligence,
    path: `/v2/Transcripts/${transcriptSid}/Sentences`,
    key: "sentences",
  });
  const list = await readBoundedList({
    firstPage: (pageSize) => pages.first(pageSize, {}),
    getPage: pages.next,
    limit: MAX_SENTENCES,
    pageSize: SENTENCE_PAGE_SIZE,
  });
  const sentences = list.items.map(toSentence);
  return { sentences, text: sentences.map(sentenceLine).join("\n"), hasMoreSentences: list.hasMore };
}

function toSentence(body: SentenceBody): SentenceRecord {
  return {
    speaker: body.media_channel ?? null,
    startTime: body.start_time ?? null,
    endTime: body.end_time ?? null,
    text: body.transcript ?? "",
    confidence: body.confidence ?? null,
  };
}

function sentenceLine(sentence: SentenceRecord): string {
  const seconds = Math.floor(sentence.startTime ?? 0);
  const at = `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
  return `[${at}] Speaker ${sentence.speaker ?? "?"}: ${sentence.text}`;
}
