import type { MessageListInstanceCreateOptions } from "twilio/lib/rest/api/v2010/account/message";
import { fingerprintOf, type IdempotencyLedger, priorSend, readLedger, recordSend, withLedger } from "../idempotency";
import { TwilioApiError, toActionableError } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";
import { continuationToken, planRecipients } from "./bulkPlan";
import { createMessageOnce } from "./createOnce";
import { type OutgoingMessage, toCreateOptions } from "./messages";

export const DEFAULT_BULK_CONCURRENCY = 5;
export const MAX_BULK_CONCURRENCY = 20;
/** Keeps one step's output bounded; a longer list continues in the next step through continueFrom. */
export const MAX_BULK_RECIPIENTS = 10_000;
export const DEFAULT_BULK_TIME_BUDGET_MS = 600_000;

/** sent, or found after a lost answer (reconciled), or created by an earlier run under the key (replayed); the rest did not arrive or may not have. */
export type BulkOutcome = "sent" | "reconciled" | "replayed" | "failed" | "invalid" | "unknown";

export interface BulkRecipientResult {
  /** The address the message went to (E.164 or channel address), or the text as entered when it was not valid. */
  to: string;
  success: boolean;
  outcome: BulkOutcome;
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
  /** Recipients whose message may or may not exist: the answer was lost and the log could not tell. */
  unknownCount: number;
  /** Entries of the list that were the same number as an earlier one once normalised: each number is texted once. */
  duplicatesMerged: number;
  /** One row per distinct recipient this run handled, in the order of the list. */
  results: BulkRecipientResult[];
  /** Recipients not started because the time budget ran out; pass continueFrom to the next run to send to them. */
  remainingCount: number;
  continueFrom: string | null;
}

export interface BulkSendRequest {
  recipients: string[];
  defaultCountryCode?: string;
  message: Omit<OutgoingMessage, "to">;
  concurrency: number;
  /** No send starts after this; the rest is left to a continued run. */
  timeBudgetMs: number;
  continueFrom?: string;
  /** With it, each recipient is sent to at most once per key, across runs of the flow. */
  idempotencyKey?: string;
  state: Record<string, unknown>;
}

/** After a 401 every further request would fail the same way: the rest are not sent. */
const CREDENTIALS_REJECTED_STATUS = 401;

/**
 * Sends one message to each distinct recipient, a bounded number at a time. The shared fields
 * are checked once before anything is sent, so a missing sender fails the step instead of every
 * row. A 429 is retried by the client's HTTP layer; a lost answer is resolved against the
 * message log (createOnce.ts); a refusal is never retried.
 */
export async function sendBulk(
  client: TwilioClient,
  request: BulkSendRequest,
): Promise<{ data: BulkSendResult; instanceState?: Record<string, unknown> }> {
  const shared = toCreateOptions({ ...request.message, to: "" });
  const plan = planRecipients(request.recipients, request.defaultCountryCode, shared, request.continueFrom);
  const deadline = Date.now() + request.timeBudgetMs;
  const ledger = request.idempotencyKey ? readLedger(request.state, Date.now()) : undefined;
  const results: (BulkRecipientResult | undefined)[] = plan.recipients.map((recipient) =>
    "invalid" in recipient ? { ...row(recipient.invalid, "invalid"), errorMessage: recipient.reason } : undefined,
  );
  const pending = plan.recipients.flatMap((recipient, index) => ("to" in recipient ? [{ index, to: recipient.to }] : []));
  let credentialsRejection: BulkRecipientResult | undefined;
  const sendPending = async (): Promise<void> => {
    while (pending.length > 0 && Date.now() < deadline) {
      const item = pending.shift() as { index: number; to: string };
      if (credentialsRejection) {
        results[item.index] = { ...credentialsRejection, to: item.to };
        continue;
      }
      const outcome = await sendOne(client, { ...shared, to: item.to }, request.idempotencyKey, ledger);
      results[item.index] = outcome.result;
      if (outcome.httpStatus === CREDENTIALS_REJECTED_STATUS) credentialsRejection = outcome.result;
    }
  };
  await Promise.all(Array.from({ length: Math.min(request.concurrency, pending.length) }, sendPending));
  // Rows after the first recipient not started are left for the next run, invalid ones included.
  const handledCount = pending.length > 0 ? pending[0].index : results.length;
  const handled = results.slice(0, handledCount) as BulkRecipientResult[];
  const data = summarize(handled, plan.duplicatesMerged, plan.recipients.length - handledCount);
  data.continueFrom = data.remainingCount > 0 ? continuationToken(plan.listFingerprint, plan.firstIndex + handledCount) : null;
  return ledger ? { data, instanceState: withLedger(request.state, ledger) } : { data };
}

function summarize(results: BulkRecipientResult[], duplicatesMerged: number, remainingCount: number): BulkSendResult {
  const sentCount = results.filter((result) => result.success).length;
  const unknownCount = results.filter((result) => result.outcome === "unknown").length;
  const failedCount = results.length - sentCount - unknownCount;
  const status: BulkSendStatus = sentCount === results.length ? "succeeded" : sentCount === 0 ? "failed" : "partially_succeeded";
  return { status, sentCount, failedCount, unknownCount, duplicatesMerged, results, remainingCount, continueFrom: null };
}

function row(to: string, outcome: BulkOutcome, messageSid: string | null = null, messageStatus: string | null = null): BulkRecipientResult {
  const success = outcome === "sent" || outcome === "reconciled" || outcome === "replayed";
  return { to, success, outcome, messageSid, messageStatus, errorCode: null, errorMessage: null };
}

interface SendOutcome {
  result: BulkRecipientResult;
  /** The HTTP status of a refused request. */
  httpStatus?: number;
}

async function sendOne(
  client: TwilioClient,
  options: MessageListInstanceCreateOptions,
  idempotencyKey: string | undefined,
  ledger: IdempotencyLedger | undefined,
): Promise<SendOutcome> {
  const recipientKey = idempotencyKey && `${idempotencyKey}\n${options.to}`;
  const fingerprint = fingerprintOf(options);
  try {
    const prior = recipientKey && ledger ? priorSend(ledger, recipientKey, fingerprint) : undefined;
    if (prior) return { result: row(options.to, "replayed", prior.sid) };
    const outcome = await createMessageOnce(client, options);
    if (!outcome.created)
      return { result: { ...row(options.to, "unknown"), errorMessage: `May have been sent: ${outcome.unknownBecause}.` } };
    if (recipientKey && ledger) recordSend(ledger, recipientKey, fingerprint, outcome.created.sid, Date.now());
    return { result: row(options.to, outcome.reconciled ? "reconciled" : "sent", outcome.created.sid, outcome.created.status) };
  } catch (error) {
    const actionable = toActionableError(error);
    const details = actionable instanceof TwilioApiError ? actionable.details : {};
    const errorMessage = actionable instanceof Error ? actionable.message : String(actionable);
    return { result: { ...row(options.to, "failed"), errorCode: details.code ?? null, errorMessage }, httpStatus: details.status };
  }
}
