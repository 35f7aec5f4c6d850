import type { MessageListInstanceCreateOptions } from "twilio/lib/rest/api/v2010/account/message";
import { checkTemplateVariables } from "../content/variables";
import { E164_PATTERN, toRecipientWithDefaultCountry } from "../identifiers";
import { type Screening, type SkipReason, screenLineTypes } from "../lookup/lineTypeScreening";
import { InputError, TwilioApiError, toActionableError } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";
import { checkSameChannel, type OutgoingMessage, toCreateOptions } from "./messages";

export const DEFAULT_BULK_CONCURRENCY = 5;
export const MAX_BULK_CONCURRENCY = 20;
/** Keeps one step's run time and output size predictable; larger lists belong in a loop. */
export const MAX_BULK_RECIPIENTS = 1000;

export interface BulkRecipientResult {
  /** The address the message went to (E.164 or channel address), or the text as entered when it was not valid. */
  to: string;
  success: boolean;
  messageSid: string | null;
  /** Twilio's status for the created message: queued, accepted, scheduled... */
  messageStatus: string | null;
  /** Twilio's error code when Twilio refused the message; null for an invalid number, which is never sent. */
  errorCode: number | null;
  errorMessage: string | null;
  /** With Check Line Type First: what Twilio Lookup found (mobile, landline, fixedVoip, ...); null otherwise. */
  lineType: string | null;
  /** Why the recipient was not sent to after its line type was checked; null when it was sent to (or not checked). */
  skipped: SkipReason | null;
  /** Twilio refused the message because the recipient opted out (replied STOP, error 21610). */
  optedOut: boolean;
}

export type BulkSendStatus = "succeeded" | "partially_succeeded" | "failed";

export interface BulkSendResult {
  status: BulkSendStatus;
  sentCount: number;
  failedCount: number;
  /** Entries of the list that were the same number as an earlier one once normalised: each number is texted once. */
  duplicatesMerged: number;
  /** Recipients not sent to because Lookup found a landline, an invalid number, or could not check them. */
  skippedLandlines: number;
  skippedInvalidNumbers: number;
  skippedLookupFailures: number;
  /** Recipients Twilio refused because they opted out (21610): they must text START to receive messages again. */
  optedOutCount: number;
  /** One row per distinct recipient, in the order of the list. */
  results: BulkRecipientResult[];
}

export interface BulkSendRequest {
  recipients: string[];
  defaultCountryCode?: string;
  message: Omit<OutgoingMessage, "to">;
  concurrency: number;
  /** Look up each phone number's line type first (billed by Twilio per number) and skip landlines and invalid numbers. */
  checkLineType?: boolean;
}

const RECIPIENTS_INPUT = "Recipients";
/** After a 401 every further request would fail the same way: the rest are not sent. */
const CREDENTIALS_REJECTED_STATUS = 401;

/**
 * Sends one message to each distinct recipient, a bounded number at a time. The shared fields
 * are checked once before anything is sent, so a missing sender fails the step instead of every
 * row; so is each recipient's channel against the sender's, since one From serves one channel. A 429 is retried with backoff by the client's HTTP layer; no other failure is retried,
 * because a POST that failed after reaching Twilio may have been sent.
 */
export async function sendBulk(client: TwilioClient, request: BulkSendRequest): Promise<BulkSendResult> {
  const shared = toCreateOptions({ ...request.message, to: "" });
  const { planned, duplicatesMerged } = planRecipients(request.recipients, request.defaultCountryCode);
  const results: BulkRecipientResult[] = planned.map((recipient) =>
    "invalid" in recipient ? recipient.invalid : notSentYet(recipient.to),
  );
  const addressed: PendingSend[] = planned.flatMap((recipient, index) => ("to" in recipient ? [{ index, to: recipient.to }] : []));
  for (const { to } of addressed) checkSameChannel(RECIPIENTS_INPUT, to, shared.from);
  if (request.message.checkContentVariables && shared.contentSid)
    await checkTemplateVariables(client, shared.contentSid, shared.contentVariables);
  const pending = request.checkLineType ? await withoutUnreachable(client, addressed, results, request.concurrency) : addressed;
  let credentialsRejection: SendOutcome | undefined;
  const sendPending = async (): Promise<void> => {
    for (let item = pending.shift(); item; item = pending.shift()) {
      if (credentialsRejection) {
        results[item.index] = { ...credentialsRejection.result, to: item.to, lineType: item.lineType ?? null };
        continue;
      }
      const outcome = await sendOne(client, { ...shared, to: item.to });
      results[item.index] = { ...outcome.result, lineType: item.lineType ?? null };
      if (outcome.httpStatus === CREDENTIALS_REJECTED_STATUS) credentialsRejection = outcome;
    }
  };
  await Promise.all(Array.from({ length: Math.min(request.concurrency, pending.length) }, sendPending));
  const sentCount = results.filter((result) => result.success).length;
  const failedCount = results.length - sentCount;
  const status: BulkSendStatus = failedCount === 0 ? "succeeded" : sentCount === 0 ? "failed" : "partially_succeeded";
  const countSkipped = (reason: SkipReason) => results.filter((result) => result.skipped === reason).length;
  return {
    status,
    sentCount,
    failedCount,
    duplicatesMerged,
    skippedLandlines: countSkipped("landline"),
    skippedInvalidNumbers: countSkipped("invalidNumber"),
    skippedLookupFailures: countSkipped("lookupFailed"),
    optedOutCount: results.filter((result) => result.optedOut).length,
    results,
  };
}

interface PendingSend {
  index: number;
  to: string;
  lineType?: string | null;
}

/**
 * Looks up the phone numbers among the pending sends (channel addresses such as whatsapp: are not
 * texts to a line) and fills in the rows of those that cannot receive a text; returns the rest.
 */
async function withoutUnreachable(
  client: TwilioClient,
  pending: PendingSend[],
  results: BulkRecipientResult[],
  concurrency: number,
): Promise<PendingSend[]> {
  const phoneNumbers = pending.map((item) => item.to).filter((to) => E164_PATTERN.test(to));
  const screenings = await screenLineTypes(client, phoneNumbers, concurrency);
  return pending.flatMap((item) => {
    const screening: Screening | undefined = screenings.get(item.to);
    if (!screening) return [item];
    if (screening.reachable) return [{ ...item, lineType: screening.lineType }];
    results[item.index] = {
      ...notSentYet(item.to),
      lineType: screening.lineType,
      skipped: screening.skipped,
      errorCode: screening.errorCode,
      errorMessage: screening.reason,
    };
    return [];
  });
}

type PlannedRecipient = { to: string } | { invalid: BulkRecipientResult };

/** Normalises every entry, merges the ones that are the same address, and fails the invalid ones in place. */
function planRecipients(
  entries: string[],
  defaultCountryCode: string | undefined,
): { planned: PlannedRecipient[]; duplicatesMerged: number } {
  const planned: PlannedRecipient[] = [];
  const seen = new Set<string>();
  let duplicatesMerged = 0;
  for (const entry of entries) {
    let to: string;
    try {
      to = toRecipientWithDefaultCountry(RECIPIENTS_INPUT, entry, defaultCountryCode);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      planned.push({
        invalid: { ...notSentYet(entry), errorMessage: error.message },
      });
      continue;
    }
    if (seen.has(to)) {
      duplicatesMerged++;
      continue;
    }
    seen.add(to);
    planned.push({ to });
  }
  return { planned, duplicatesMerged };
}

function notSentYet(to: string): BulkRecipientResult {
  return {
    to,
    success: false,
    messageSid: null,
    messageStatus: null,
    errorCode: null,
    errorMessage: null,
    lineType: null,
    skipped: null,
    optedOut: false,
  };
}

/** Twilio's code for a recipient who replied STOP. */
const OPTED_OUT_CODE = 21610;

interface SendOutcome {
  result: BulkRecipientResult;
  /** The HTTP status of a refused request. */
  httpStatus?: number;
}

async function sendOne(client: TwilioClient, options: MessageListInstanceCreateOptions): Promise<SendOutcome> {
  try {
    const created = await client.messages.create(options);
    return {
      result: {
        ...notSentYet(options.to),
        success: true,
        messageSid: created.sid,
        messageStatus: created.status,
      },
    };
  } catch (error) {
    const actionable = toActionableError(error);
    const details = actionable instanceof TwilioApiError ? actionable.details : {};
    const errorMessage = actionable instanceof Error ? actionable.message : String(actionable);
    return {
      result: {
        ...notSentYet(options.to),
        errorCode: details.code ?? null,
        errorMessage,
        optedOut: details.code === OPTED_OUT_CODE,
      },
      httpStatus: details.status,
    };
  }
}
