import type { SentenceRecord } from "../client/intelligence/sentences";
import type { listTranscripts, TranscriptRecord, TranscriptWithText } from "../client/intelligence/transcripts";
import type { AlertRecord, listAlerts } from "../client/monitor/alerts";
import { actionOutput, decimalOrNull, flag, integerOrNull, list, map, record, text, textOrNull, timeOrNull } from "./fields";
import { pageFields } from "./messages";

type TranscriptList = Awaited<ReturnType<typeof listTranscripts>>;
type AlertList = Awaited<ReturnType<typeof listAlerts>>;

const transcriptFields = {
  sid: text("The transcript's SID (GT...): use it in Get Transcript."),
  serviceSid: textOrNull("The Intelligence Service that made it (GA...)."),
  accountSid: textOrNull("The account it belongs to (AC...)."),
  status: textOrNull("queued, in-progress, completed, failed or canceled: its text is there once completed."),
  languageCode: textOrNull("The language transcribed, such as en-US."),
  duration: integerOrNull("The length of the recording, in seconds; null until known."),
  customerKey: textOrNull("Your own key given when it was created, such as a CRM call ID."),
  mediaStartTime: timeOrNull("When the recording started; null until known."),
  dateCreated: timeOrNull("When it was created."),
  dateUpdated: timeOrNull("When it last changed (for a completed one: when it completed)."),
};

const transcriptSchema = record<TranscriptRecord>()("A Voice Intelligence transcript.", transcriptFields);

export const transcriptOutput = actionOutput(transcriptSchema);

const sentenceSchema = record<SentenceRecord>()("One sentence said.", {
  speaker: integerOrNull("Who said it: 1, 2... by channel of the recording."),
  startTime: decimalOrNull("When it starts, in seconds from the start of the recording."),
  endTime: decimalOrNull("When it ends, in seconds."),
  text: text("What was said."),
  confidence: decimalOrNull("How sure the transcription is, from 0 to 1."),
});

export const transcriptWithTextOutput = actionOutput(
  record<TranscriptWithText>()("A transcript with its text.", {
    ...transcriptFields,
    sentences: list(sentenceSchema, "Its sentences in order; empty until completed."),
    text: text("The whole conversation as lines such as [00:03] Speaker 2: ...; empty until completed."),
    hasMoreSentences: flag("True when the transcript is longer than the sentences returned."),
  }),
);

export const transcriptListOutput = actionOutput(
  record<TranscriptList>()("Transcripts, newest first.", {
    transcripts: list(transcriptSchema, "The transcripts found, up to the limit."),
    ...pageFields,
  }),
);

const alertSchema = record<AlertRecord>()("A debugger alert: something that went wrong in the account.", {
  sid: text("The alert's SID (NO...)."),
  errorCode: integerOrNull("Twilio's error code, such as 11200 or 30003."),
  logLevel: textOrNull("error or warning."),
  explanation: textOrNull("What went wrong, in Twilio's words."),
  fix: textOrNull("What to do about it, where the component knows; null otherwise."),
  moreInfo: textOrNull("Twilio's page on the error."),
  resourceSid: textOrNull("What it concerns: a message (SM...), a call (CA...), a number (PN...)..."),
  serviceSid: textOrNull("The service concerned, if any."),
  requestMethod: textOrNull("The method of the request that failed, such as POST."),
  requestUrl: textOrNull("The URL Twilio requested, such as your webhook."),
  details: map("Every detail Twilio gave, by name (Msg, httpResponse, url...)."),
  dateGenerated: timeOrNull("When it happened."),
  dateCreated: timeOrNull("When Twilio logged it."),
});

export const alertListOutput = actionOutput(
  record<AlertList>()("Alerts, newest first.", { alerts: list(alertSchema, "The alerts found, up to the limit."), ...pageFields }),
);
