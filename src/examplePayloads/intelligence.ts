import type { Element } from "@prismatic-io/spectral";
import type { TranscriptRecord, TranscriptWithText } from "../client/intelligence/transcripts";
import { pollingExample } from "./triggers";

export const queuedTranscriptExample: TranscriptRecord = {
  sid: "GT9d816f0b90d2a10b913868462e339d29",
  serviceSid: "GA2172dd2db502e20dd981ef0d67850e1a",
  accountSid: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
  status: "queued",
  languageCode: "en-US",
  duration: null,
  customerKey: "crm-call-1234",
  mediaStartTime: null,
  dateCreated: "2026-11-20T16:06:02.000Z",
  dateUpdated: "2026-11-20T16:06:02.000Z",
};

export const completedTranscriptExample: TranscriptWithText = {
  ...queuedTranscriptExample,
  status: "completed",
  duration: 42,
  mediaStartTime: "2026-11-20T16:04:31.000Z",
  dateUpdated: "2026-11-20T16:06:40.000Z",
  sentences: [
    { speaker: 1, startTime: 0.4, endTime: 2.9, text: "Thanks for calling Acme, how can I help?", confidence: 0.97 },
    { speaker: 2, startTime: 3.5, endTime: 6.1, text: "I'd like to move my delivery to Friday.", confidence: 0.94 },
  ],
  text: "[00:00] Speaker 1: Thanks for calling Acme, how can I help?\n[00:03] Speaker 2: I'd like to move my delivery to Friday.",
  hasMoreSentences: false,
};

export const transcriptListExample = {
  transcripts: [{ ...queuedTranscriptExample, status: "completed", duration: 42 }],
  nextPageUri: null,
  hasMore: false,
};

export const newTranscriptsExample = pollingExample([completedTranscriptExample]);

export const intelligenceServiceChoicesExample: Element[] = [
  { key: "GA2172dd2db502e20dd981ef0d67850e1a", label: "Support calls (support-calls) · en-US" },
];
