import type { Element } from "@prismatic-io/spectral";
import type V2010 from "twilio/lib/rest/api/V2010";
import type { RecordingInstance, RecordingListInstance } from "twilio/lib/rest/api/v2010/account/recording";
import { checkedSid } from "../identifiers/sids";
import { type DownloadedFile, downloadTwilioFile } from "../media/download";
import { isWithinInstants, readBoundedList, resolveContinuation } from "../paging";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

/** twilio-node's recording list (about 25 KB) loads as a chunk of its own on the first recording step. */
export function recordingList(client: TwilioClient): Promise<RecordingListInstance> {
  return client.product("voiceRecordings", async (version) => {
    const { RecordingListInstance } = await import(
      /* webpackChunkName: "voice-recordings" */ "twilio/lib/rest/api/v2010/account/recording"
    );
    return RecordingListInstance(version(TWILIO_ORIGINS.api, "2010-04-01") as V2010, client.accountSid);
  });
}

export type RecordingRecord = Record<string, unknown>;

export function toRecordingRecord(instance: RecordingInstance): RecordingRecord {
  return JSON.parse(JSON.stringify(instance.toJSON()));
}

interface RecordingQuery {
  /** Only the recordings of this call. */
  callSid?: string;
  /** Recordings created strictly before this instant. */
  createdBefore?: Date;
  /** Recordings created at or after this instant. */
  createdAfter?: Date;
}

interface ListRecordingsRequest {
  query: RecordingQuery;
  limit: number;
  pageSize?: number;
  continueFrom?: string;
}

export interface RecordingListResult {
  recordings: RecordingRecord[];
  nextPageUri: string | null;
  hasMore: boolean;
}

const RECORDING_LIST = { file: "Recordings.json" };

/** At most `limit` recordings, newest first, memory bounded by the limit; Twilio's whole-day DateCreated filters are trimmed to the instants. */
export async function listRecordings(client: TwilioClient, request: ListRecordingsRequest): Promise<RecordingListResult> {
  const { query, continueFrom } = request;
  const recordings = await recordingList(client);
  const list = await readBoundedList({
    continuation: continueFrom ? resolveContinuation(client, continueFrom, RECORDING_LIST) : undefined,
    firstPage: (pageSize) =>
      recordings.page({
        callSid: query.callSid === undefined ? undefined : checkedSid("call", query.callSid, "CallSid"),
        dateCreatedBefore: query.createdBefore,
        dateCreatedAfter: query.createdAfter,
        pageSize,
      }),
    getPage: (url) => recordings.getPage(url),
    limit: request.limit,
    pageSize: request.pageSize,
    keep: (recording) => isWithinInstants(recording.dateCreated, { before: query.createdBefore, after: query.createdAfter }),
  });
  return { recordings: list.items.map(toRecordingRecord), nextPageUri: list.nextPageUri, hasMore: list.hasMore };
}

export async function fetchRecording(client: TwilioClient, sid: string): Promise<RecordingRecord> {
  return toRecordingRecord(await (await recordingList(client))(checkedSid("recording", sid, "RecordingSid")).fetch());
}

export interface DeletedRecording {
  sid: string;
  deleted: true;
}

/** Removes the recording and its audio for good (Twilio answers 204). */
export async function deleteRecording(client: TwilioClient, sid: string): Promise<DeletedRecording> {
  await (await recordingList(client))(checkedSid("recording", sid, "RecordingSid")).remove();
  return { sid, deleted: true };
}

export type AudioFormat = "mp3" | "wav";

/** The audio is the recording's URI without .json, plus .mp3 or .wav: one request, no fetch of the recording first. */
export function downloadRecording(client: TwilioClient, sid: string, format: AudioFormat, maxBytes: number): Promise<DownloadedFile> {
  const recordingSid = checkedSid("recording", sid, "RecordingSid");
  return downloadTwilioFile(client, {
    url: `${client.apiOrigin}/2010-04-01/Accounts/${client.accountSid}/Recordings/${recordingSid}.${format}`,
    maxBytes,
    fileName: () => `${recordingSid}.${format}`,
  });
}

/** Newest first, labelled "2026-11-20 16:05 · 42 s · CAe16…". */
export async function recentRecordingChoices(client: TwilioClient): Promise<Element[]> {
  const page = await (await recordingList(client)).page({ pageSize: 100 });
  return page.instances.map((recording) => ({
    key: recording.sid,
    label: [
      recording.dateCreated ? recording.dateCreated.toISOString().slice(0, 16).replace("T", " ") : "unknown date",
      recording.duration && recording.duration !== "-1" ? `${recording.duration} s` : recording.status,
      recording.callSid ? `call ${recording.callSid}` : recording.source,
    ].join(" · "),
  }));
}
