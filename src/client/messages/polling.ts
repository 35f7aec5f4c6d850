import type { MessageInstance } from "twilio/lib/rest/api/v2010/account/message";
import { initialPollState, LOOK_BACK_MS, MAX_SEEN_SIDS, type PollableList, type PollState, pollNewItems } from "../polling/newItems";
import type { TwilioClient } from "../twilioClient";
import { type MessageRecord, toMessageRecord } from "./messages";

export { initialPollState, LOOK_BACK_MS, MAX_SEEN_SIDS };

/** The New Messages trigger's state: the generic poll state (polling/newItems.ts), keyed by message SID and DateSent. */
export type MessagePollState = PollState;

interface MessagePollOptions {
  to?: string;
  from?: string;
  inboundOnly: boolean;
  /** Most messages handled by one poll; the rest follow on the next polls, oldest first. */
  maxMessages?: number;
  maxPages?: number;
  pageSize?: number;
}

interface MessagePollResult {
  messages: MessageRecord[];
  state: MessagePollState;
}

/**
 * Each new message exactly once, oldest first (pollNewItems). A message counts from its DateSent,
 * so queued and scheduled ones are handled once sent; Inbound Only skips the others after the
 * scan, and they count as handled.
 */
export async function pollNewMessages(
  client: TwilioClient,
  state: MessagePollState,
  options: MessagePollOptions,
): Promise<MessagePollResult> {
  const messages: PollableList<MessageInstance> = {
    page: ({ fromDay, pageSize, position }) =>
      client.messages.page({
        to: options.to,
        from: options.from,
        dateSentAfter: fromDay,
        pageSize,
        pageToken: position?.pageToken,
        pageNumber: position?.page,
      }),
    getPage: (url) => client.messages.getPage(url),
    sidOf: (message) => message.sid,
    timeOf: (message) => message.dateSent,
  };
  const { items, state: next } = await pollNewItems(messages, state, {
    deliver: (message) => !options.inboundOnly || message.direction === "inbound",
    maxItems: options.maxMessages,
    maxPages: options.maxPages,
    pageSize: options.pageSize,
  });
  return { messages: items.map(toMessageRecord), state: next };
}
