import type { MessageInstance, MessageListInstanceCreateOptions } from "twilio/lib/rest/api/v2010/account/message";
import { walkPages } from "../paging";
import { mayHaveReachedTwilio } from "../transport/retryPolicy";
import { waits } from "../transport/waits";
import type { TwilioClient } from "../twilioClient";

/** How a create ended when it did not end in a refusal (a refusal is thrown as it was). */
type CreateOutcome =
  /** `reconciled`: the first answer was lost, and the message was then found in the log or sent again once proven absent. */
  | { created: MessageInstance; reconciled: boolean }
  /** The answer was lost and the log could not tell: the message may or may not exist. */
  | { created: null; unknownBecause: string };

interface ReconcileSchedule {
  /** Waits before each look at the message log; absence counts as proven only when every look agrees. */
  lookDelaysMs: number[];
  /** Twilio's clock against this one: a message created this long before the send started still counts. */
  clockSkewMs: number;
}

const DEFAULT_RECONCILE_SCHEDULE: ReconcileSchedule = { lookDelaysMs: [1_000, 2_000], clockSkewMs: 5_000 };

/** The log is newest first, unsent messages on top: the message is on the first pages when it exists. */
const LOOKUP_PAGE_SIZE = 20;
const MAX_LOOKUP_PAGES = 3;

/**
 * Creates a message so that an ambiguous failure (a reset, a timeout, a 5xx or an unreadable
 * answer after the request was sent) never becomes a silent duplicate or a silent loss: the
 * message log is asked whether the message exists, by recipient, sender, a narrow time window and
 * its content. Found: it was created. Proven absent: it is sent once more. Otherwise: unknown.
 */
export async function createMessageOnce(
  client: TwilioClient,
  options: MessageListInstanceCreateOptions,
  schedule: ReconcileSchedule = DEFAULT_RECONCILE_SCHEDULE,
): Promise<CreateOutcome> {
  const startedAt = Date.now();
  let firstFailure: unknown;
  try {
    return { created: await client.messages.create(options), reconciled: false };
  } catch (error) {
    if (!mayHaveReachedTwilio(error)) throw error;
    firstFailure = error;
  }
  const notBefore = new Date(startedAt - schedule.clockSkewMs);
  for (const delay of schedule.lookDelaysMs) {
    await waits.sleep(delay);
    let found: MessageInstance | undefined;
    try {
      found = await findCreatedMessage(client, options, notBefore);
    } catch {
      return { created: null, unknownBecause: `${describeFailure(firstFailure)}, and the message log could not be read to check` };
    }
    if (found) return { created: found, reconciled: true };
  }
  try {
    return { created: await client.messages.create(options), reconciled: true };
  } catch (error) {
    if (!mayHaveReachedTwilio(error)) throw error;
    return {
      created: null,
      unknownBecause: `${describeFailure(firstFailure)}; the log showed no such message, and sending again failed the same way`,
    };
  }
}

async function findCreatedMessage(
  client: TwilioClient,
  options: MessageListInstanceCreateOptions,
  notBefore: Date,
): Promise<MessageInstance | undefined> {
  return (await searchMessageLog(client, options, notBefore)).found;
}

/**
 * The message created with `options` since `notBefore`, from the log: `proven` when the search
 * reached messages older than that (or the log's end), so that not finding it means it is absent.
 */
export async function searchMessageLog(
  client: TwilioClient,
  options: MessageListInstanceCreateOptions,
  notBefore: Date,
): Promise<{ found?: MessageInstance; proven: boolean }> {
  let found: MessageInstance | undefined;
  let reachedOlder = false;
  const last = await walkPages(
    {
      first: () => client.messages.page({ to: options.to, from: options.from, pageSize: LOOKUP_PAGE_SIZE }),
      getPage: (url) => client.messages.getPage(url),
      maxPages: MAX_LOOKUP_PAGES,
    },
    (page) => {
      found = page.instances.find((message) => isSameMessage(message, options, notBefore));
      reachedOlder = page.instances.some((message) => message.dateCreated < notBefore && message.dateSent !== null);
      return !found && !reachedOlder;
    },
  );
  if (found) return { found, proven: true };
  return { proven: reachedOlder || !last.nextPageUrl };
}

/** Twilio prefixes a trial account's bodies with a notice, so the body sent is matched as the end of the stored one. */
function isSameMessage(message: MessageInstance, options: MessageListInstanceCreateOptions, notBefore: Date): boolean {
  if (message.direction !== "outbound-api" || message.dateCreated < notBefore) return false;
  if (options.messagingServiceSid && message.messagingServiceSid !== options.messagingServiceSid) return false;
  // A template's body is rendered by Twilio, so it cannot be compared with what was sent.
  if (options.contentSid) return true;
  const sentBody = options.body ?? "";
  return sentBody === "" ? (message.body ?? "") === "" : (message.body ?? "").endsWith(sentBody);
}

const TIMEOUT_CODES = new Set(["ETIMEDOUT", "ECONNABORTED"]);

function describeFailure(error: unknown): string {
  const failure = error as { code?: unknown; status?: unknown; details?: { status?: number; unreadable?: boolean } };
  const status = failure?.details?.status ?? failure?.status;
  if (failure?.details?.unreadable) return `Twilio's answer (HTTP ${status}) could not be read`;
  if (typeof status === "number") return `Twilio answered HTTP ${status}`;
  const code = String(failure?.code);
  return TIMEOUT_CODES.has(code) ? `Twilio did not answer in time (${code})` : `the connection dropped before Twilio answered (${code})`;
}
