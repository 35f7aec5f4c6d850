import { rfc2822 } from "../core/clock";
import type { SandboxContext } from "../core/types";

/** What the sandbox keeps of calls and recordings per account, and how it renders them as Twilio does. */
export interface StoredCall {
  sid: string;
  account_sid: string;
  to: string;
  from: string;
  direction: "inbound" | "outbound-api";
  status: string;
  created: number;
  started: number | null;
  ended: number | null;
  record: boolean;
  statusCallback: string | null;
  events: string[];
}
export interface StoredRecording {
  sid: string;
  account_sid: string;
  call_sid: string;
  created: number;
  duration: number;
}

export const RING_AFTER_MS = 1_000;
export const ANSWER_AFTER_MS = 2_000;
export const CALL_SECONDS = 10;
export const ENDED = new Set(["completed", "busy", "failed", "no-answer", "canceled"]);

export const callLog = (context: SandboxContext, accountSid: string) =>
  context.state("calls", accountSid, () => ({ calls: [] as StoredCall[], recordings: [] as StoredRecording[] }));

/** One second of 8 kHz 8-bit mono silence as a WAV file: what a recording download returns. */
export function silentWav(): Buffer {
  const samples = Buffer.alloc(8000, 0x80);
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + samples.length, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write("data", 36);
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}

export const voiceBase = (accountSid: string) => `/2010-04-01/Accounts/${accountSid}`;

export const callJson = (call: StoredCall) => ({
  sid: call.sid,
  date_created: rfc2822(call.created),
  date_updated: rfc2822(call.ended ?? call.started ?? call.created),
  parent_call_sid: null,
  account_sid: call.account_sid,
  to: call.to,
  to_formatted: call.to,
  from: call.from,
  from_formatted: call.from,
  phone_number_sid: null,
  status: call.status,
  start_time: call.started === null ? null : rfc2822(call.started),
  end_time: call.ended === null ? null : rfc2822(call.ended),
  duration: call.ended !== null && call.started !== null ? String(Math.round((call.ended - call.started) / 1000)) : null,
  price: null,
  price_unit: "USD",
  direction: call.direction,
  answered_by: null,
  api_version: "2010-04-01",
  forwarded_from: null,
  group_sid: null,
  caller_name: null,
  queue_time: "0",
  trunk_sid: null,
  uri: `${voiceBase(call.account_sid)}/Calls/${call.sid}.json`,
  subresource_uris: { recordings: `${voiceBase(call.account_sid)}/Calls/${call.sid}/Recordings.json` },
});
export const recordingJson = (recording: StoredRecording) => ({
  account_sid: recording.account_sid,
  api_version: "2010-04-01",
  call_sid: recording.call_sid,
  conference_sid: null,
  date_created: rfc2822(recording.created),
  date_updated: rfc2822(recording.created),
  start_time: rfc2822(recording.created - recording.duration * 1000),
  duration: String(recording.duration),
  sid: recording.sid,
  price: null,
  price_unit: "USD",
  status: "completed",
  channels: 1,
  source: "OutboundAPI",
  error_code: null,
  uri: `${voiceBase(recording.account_sid)}/Recordings/${recording.sid}.json`,
  encryption_details: null,
  subresource_uris: {},
  media_url: `https://api.twilio.com${voiceBase(recording.account_sid)}/Recordings/${recording.sid}`,
});
