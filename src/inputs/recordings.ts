import { input } from "@prismatic-io/spectral";
import { checkedSid, SID_PATTERNS, sidExpected } from "../client/identifiers/sids";
import { InputError } from "../client/transport/errors";
import type { AudioFormat } from "../client/voice/recordings";
import { cleanDateTime, cleanPattern, optionalText } from "./clean";
import { continueFromInput, limitInput, pageSizeInput } from "./lists";

export const recordingSid = input({
  label: "Recording SID",
  type: "string",
  required: true,
  example: "RE557ce644e5ab84fa21cc21112e22c485",
  comments: "The SID of a recording (RE...), as returned by List Recordings, New Recordings or a recordingStatus webhook (RecordingSid).",
  dataSource: "selectRecording",
  clean: (value: unknown): string => checkedSid("recording", optionalText(value) ?? "", "Recording SID"),
});

export const recordingCallSid = input({
  label: "Call SID",
  type: "string",
  required: false,
  example: "CAe1644a7eed5088b159577c5802d8be38",
  comments: "Only the recordings of this call (CA...). Leave empty for all the account's recordings.",
  dataSource: "selectCall",
  clean: cleanPattern("Call SID", SID_PATTERNS.call, sidExpected("call")),
});

export const createdBefore = input({
  label: "Created Before",
  type: "string",
  required: false,
  example: "2026-11-20T12:00:00Z",
  comments:
    "Only recordings created before this date or time (ISO 8601). Twilio filters whole days; the component trims to the exact time.",
  clean: cleanDateTime("Created Before"),
});

export const createdAfter = input({
  label: "Created After",
  type: "string",
  required: false,
  example: "2026-11-19T08:00:00Z",
  comments:
    "Only recordings created at or after this date or time (ISO 8601). Twilio filters whole days; the component trims to the exact time.",
  clean: cleanDateTime("Created After"),
});

export const recordingLimit = limitInput("recordings");
export const recordingPageSize = pageSizeInput("recordings");
export const recordingContinueFrom = continueFromInput(
  "List Recordings",
  "recordings",
  "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Recordings.json?PageSize=50&Page=1&PageToken=PARE...",
);

export const audioFormat = input({
  label: "Format",
  type: "string",
  required: false,
  default: "mp3",
  model: [
    { label: "MP3 (audio/mpeg, smaller)", value: "mp3" },
    { label: "WAV (audio/x-wav, uncompressed)", value: "wav" },
  ],
  comments: "The audio format. Encrypted recordings are only available as WAV.",
  clean: (value: unknown): AudioFormat => {
    const text = optionalText(value)?.toLowerCase() ?? "mp3";
    if (text !== "mp3" && text !== "wav") throw new InputError("Format", "mp3 or wav", text);
    return text;
  },
});
