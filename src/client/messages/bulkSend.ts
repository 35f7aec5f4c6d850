import type { MessageListInstanceCreateOptions } from "twilio/lib/rest/api/v2010/account/message";
import { checkTemplateVariables } from "../content/variables";
import { toRecipientWithDefaultCountry } from "../identifiers";
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
}

export type BulkSendStatus = "succeeded" | "partially_succeeded" | "failed";

export interface BulkSendResult {
  status: BulkSendStatus;
  sentCount: number;
  failedCount: number;
  /** Entries of the list that were the same number as an earlier one once normalised: each number is texted once. */
  duplicatesMerged: number;
  /** One row per distinct recipient, in the order of the list. */
  results: BulkRecipientResult[];
}

export interface BulkSendRequest {
  recipients: string[];
  defaultCountryCode?: string;
  message: Omit<OutgoingMessage, "to">;
  concurrency: number;
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
  const pending = planned.flatMap((recipient, index) => ("to" in recipient ? [{ index, to: recipient.to }] : []));
  for (const { to } of pending) checkSameChannel(RECIPIENTS_INPUT, to, shared.from);
  if (request.message.checkContentVariables && shared.contentSid)
    await checkTemplateVariables(client, shared.contentSid, shared.contentVariables);
  let credentialsRejection: SendOutcome | undefined;
  const sendPending = async (): Promise<void> => {
    for (let item = pending.shift(); item; item = pending.shift()) {
      if (credentialsRejection) {
        results[item.index] = { ...credentialsRejection.result, to: item.to };
        continue;
      }
      const outcome = await sendOne(client, { ...shared, to: item.to });
      results[item.index] = outcome.result;
      if (outcome.httpStatus === CREDENTIALS_REJECTED_STATUS) credentialsRejection = outcome;
    }
  };
  await Promise.all(Array.from({ length: Math.min(request.concurrency, pending.length) }, sendPending));
  const sentCount = results.filter((result) => result.success).length;
  const failedCount = results.length - sentCount;
  const status: BulkSendStatus = failedCount === 0 ? "succeeded" : sentCount === 0 ? "failed" : "partially_succeeded";
  return { status, sentCount, failedCount, duplicatesMerged, results };
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
  };
}

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
        to: options.to,
        success: true,
        messageSid: created.sid,
        messageStatus: created.status,
        errorCode: null,
        errorMessage: null,
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
      },
      httpStatus: details.status,
    };
  }
}
