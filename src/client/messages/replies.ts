import type { MessageInstance } from "twilio/lib/rest/api/v2010/account/message";
import { walkPages } from "../paging";
import { waits } from "../transport/waits";
import type { TwilioClient } from "../twilioClient";
import { type MessageRecord, toMessageRecord } from "./messages";

interface ReplyWait {
  /** The number (or channel address) whose reply is awaited. */
  from: string;
  /** Only replies sent to this number of the account; any of them when absent. */
  to?: string;
  /** Only messages received at or after this instant count as the reply. */
  since: Date;
  timeoutMs: number;
}

/** How often to look: quickly at first, when a reply is likeliest, then more and more rarely. */
export interface PollSchedule {
  initialIntervalMs: number;
  maxIntervalMs: number;
  growthFactor: number;
  /** A hard bound on requests whatever the timeout and intervals. */
  maxPolls: number;
}

const DEFAULT_POLL_SCHEDULE: PollSchedule = {
  initialIntervalMs: 2_000,
  maxIntervalMs: 15_000,
  growthFactor: 1.5,
  maxPolls: 300,
};

export interface ReplyResult {
  replied: boolean;
  /** The first inbound message from the number since the start time, or null when none came in time. */
  message: MessageRecord | null;
  since: string;
  waitedSeconds: number;
  polls: number;
}

/** Replies received since the start are few; one page of this size holds them all in practice. */
const REPLY_PAGE_SIZE = 100;
/** A busy number can get more messages than one page since the start: read back this far at most. */
const MAX_REPLY_PAGES = 10;
const ONE_SECOND_MS = 1000;

/**
 * Polls the message list for an inbound message from `wait.from` until one arrives or the
 * timeout passes. Running out of time is an answer, not an error: the result says replied false.
 */
export async function waitForReply(
  client: TwilioClient,
  wait: ReplyWait,
  schedule: PollSchedule = DEFAULT_POLL_SCHEDULE,
): Promise<ReplyResult> {
  const startedAt = Date.now();
  const deadline = startedAt + wait.timeoutMs;
  const finish = (reply: MessageInstance | undefined, polls: number): ReplyResult => ({
    replied: reply !== undefined,
    message: reply ? toMessageRecord(reply) : null,
    since: wait.since.toISOString(),
    waitedSeconds: Math.round((Date.now() - startedAt) / ONE_SECOND_MS),
    polls,
  });
  let interval = schedule.initialIntervalMs;
  for (let polls = 1; ; polls++) {
    const reply = await findFirstReply(client, wait);
    const remaining = deadline - Date.now();
    if (reply || remaining <= 0 || polls >= schedule.maxPolls) return finish(reply, polls);
    await waits.sleep(Math.min(interval, remaining));
    interval = Math.min(interval * schedule.growthFactor, schedule.maxIntervalMs);
  }
}

/**
 * Twilio filters DateSent by whole days, so the exact start is applied here. Twilio stores
 * whole seconds: a message in the start's own second counts. The list is newest first, so the
 * pages are read back until one reaches past the start, and the earliest reply wins.
 */
async function findFirstReply(client: TwilioClient, wait: ReplyWait): Promise<MessageInstance | undefined> {
  const startSecond = Math.floor(wait.since.getTime() / ONE_SECOND_MS) * ONE_SECOND_MS;
  const isAfterStart = (message: MessageInstance) => {
    const receivedAt = message.dateSent ?? message.dateCreated;
    return receivedAt instanceof Date && receivedAt.getTime() >= startSecond;
  };
  let earliest: MessageInstance | undefined;
  await walkPages(
    {
      first: () => client.messages.page({ from: wait.from, to: wait.to, dateSentAfter: wait.since, pageSize: REPLY_PAGE_SIZE }),
      getPage: (url) => client.messages.getPage(url),
      maxPages: MAX_REPLY_PAGES,
    },
    (page) => {
      const replies = page.instances.filter((message) => message.direction === "inbound" && isAfterStart(message));
      earliest = replies.at(-1) ?? earliest;
      const reachedStart = page.instances.length === 0 || !isAfterStart(page.instances[page.instances.length - 1]);
      return !reachedStart;
    },
  );
  return earliest;
}
