import type { CallInstance } from "twilio/lib/rest/api/v2010/account/call";
import type { RecordingInstance } from "twilio/lib/rest/api/v2010/account/recording";
import { type PollableList, type PollOptions, type PollState, pollNewItems } from "../polling/newItems";
import type { TwilioClient } from "../twilioClient";
import { type CallRecord, callList, toCallRecord } from "./calls";
import { type RecordingRecord, recordingList, toRecordingRecord } from "./recordings";

type Limits = Pick<PollOptions<unknown>, "maxItems" | "maxPages" | "pageSize">;

interface CallPollOptions extends Limits {
  to?: string;
  from?: string;
  inboundOnly: boolean;
}

/**
 * Each new call exactly once, oldest first (pollNewItems), from when it started: a call still
 * queued has no StartTime and is handled once it has one. Inbound Only skips the others, which count as handled.
 */
export async function pollNewCalls(
  client: TwilioClient,
  state: PollState,
  { to, from, inboundOnly, ...limits }: CallPollOptions,
): Promise<{ calls: CallRecord[]; state: PollState }> {
  const calls = await callList(client);
  const list: PollableList<CallInstance> = {
    page: ({ fromDay, pageSize, position }) =>
      calls.page({ to, from, startTimeAfter: fromDay, pageSize, pageToken: position?.pageToken, pageNumber: position?.page }),
    getPage: (url) => calls.getPage(url),
    sidOf: (call) => call.sid,
    timeOf: (call) => call.startTime,
  };
  const result = await pollNewItems(list, state, { ...limits, deliver: (call) => !inboundOnly || call.direction === "inbound" });
  return { calls: result.items.map(toCallRecord), state: result.state };
}

/** Each new recording exactly once, oldest first, from when Twilio created it; its status says whether its audio is ready. */
export async function pollNewRecordings(
  client: TwilioClient,
  state: PollState,
  limits: Limits = {},
): Promise<{ recordings: RecordingRecord[]; state: PollState }> {
  const recordings = await recordingList(client);
  const list: PollableList<RecordingInstance> = {
    page: ({ fromDay, pageSize, position }) =>
      recordings.page({ dateCreatedAfter: fromDay, pageSize, pageToken: position?.pageToken, pageNumber: position?.page }),
    getPage: (url) => recordings.getPage(url),
    sidOf: (recording) => recording.sid,
    timeOf: (recording) => recording.dateCreated,
  };
  const result = await pollNewItems(list, state, limits);
  return { recordings: result.items.map(toRecordingRecord), state: result.state };
}
