import { input } from "@prismatic-io/spectral";
import { checkedSid, SID_PATTERNS, sidExpected } from "../client/identifiers/sids";
import { TRANSCRIPT_STATUSES } from "../client/terms";
import { cleanChoice, cleanPattern, cleanShortText, optionalText } from "./clean";
import { continueFromInput, limitInput } from "./lists";

const SERVICE_COMMENTS =
  "The Voice Intelligence Service (GA...) that transcribes: its language and redaction settings apply. Create one in Twilio Console > Voice > Voice Intelligence.";

export const intelligenceService = input({
  label: "Intelligence Service",
  type: "string",
  required: true,
  example: "GA9d816f0b90d2a10b913868462e339d29",
  comments: SERVICE_COMMENTS,
  dataSource: "selectIntelligenceService",
  clean: (value: unknown): string => checkedSid("intelligenceService", optionalText(value) ?? "", "Intelligence Service"),
});

export const intelligenceServiceFilter = input({
  label: "Intelligence Service",
  type: "string",
  required: false,
  example: "GA9d816f0b90d2a10b913868462e339d29",
  comments: "Only the transcripts of this Voice Intelligence Service (GA...). Leave empty for all.",
  dataSource: "selectIntelligenceService",
  clean: cleanPattern("Intelligence Service", SID_PATTERNS.intelligenceService, sidExpected("intelligenceService")),
});

export const transcriptRecordingSid = input({
  label: "Recording SID",
  type: "string",
  required: true,
  example: "RE557ce644e5ab84fa21cc21112e22c485",
  comments:
    "The call recording to transcribe (RE...), as returned by List Recordings or New Recordings. A recording has one transcript: delete it at Twilio to transcribe again.",
  dataSource: "selectRecording",
  clean: (value: unknown): string => checkedSid("recording", optionalText(value) ?? "", "Recording SID"),
});

export const customerKey = input({
  label: "Customer Key",
  type: "string",
  required: false,
  example: "crm-call-1234",
  comments: "Your own reference for the transcript (a CRM record id...), up to 64 characters: returned with it, and by New Transcripts.",
  clean: cleanShortText("Customer Key", 64),
});

export const transcriptSid = input({
  label: "Transcript SID",
  type: "string",
  required: true,
  example: "GT9d816f0b90d2a10b913868462e339d29",
  comments: "The transcript (GT...), as returned by Create Transcript or List Transcripts.",
  clean: (value: unknown): string => checkedSid("transcript", optionalText(value) ?? "", "Transcript SID"),
});

export const transcriptStatus = input({
  label: "Status",
  type: "string",
  required: false,
  model: [{ label: "Any", value: "" }, ...TRANSCRIPT_STATUSES.map((status) => ({ label: status, value: status }))],
  comments: "Only transcripts with this status.",
  clean: cleanChoice("Status", TRANSCRIPT_STATUSES),
});

export const transcriptRecordingFilter = input({
  label: "Recording SID",
  type: "string",
  required: false,
  example: "RE557ce644e5ab84fa21cc21112e22c485",
  comments: "Only the transcript of this recording (RE...).",
  clean: cleanPattern("Recording SID", SID_PATTERNS.recording, sidExpected("recording")),
});

export const transcriptLimit = limitInput("transcripts");
export const transcriptContinueFrom = continueFromInput(
  "List Transcripts",
  "transcripts",
  "/v2/Transcripts?PageSize=50&Page=1&PageToken=PAGT...",
);
