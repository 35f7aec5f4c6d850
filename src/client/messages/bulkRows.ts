import type { SkipReason } from "../lookup/lineTypeScreening";

/** sent, or found after a lost answer (reconciled), or created by an earlier run under the key (replayed); the rest did not arrive or may not have. */
export type BulkOutcome = "sent" | "reconciled" | "replayed" | "failed" | "invalid" | "skipped" | "unknown";

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
  /** Recipients whose message may or may not exist: the answer was lost and the log could not tell. */
  unknownCount: number;
  /** Entries of the list that were the same number as an earlier one once normalised: each number is texted once. */
  duplicatesMerged: number;
  /** Recipients not sent to because Lookup found a landline, an invalid number, or could not check them. */
  skippedLandlines: number;
  skippedInvalidNumbers: number;
  skippedLookupFailures: number;
  /** Recipients Twilio refused because they opted out (21610): they must text START to receive messages again. */
  optedOutCount: number;
  /** One row per distinct recipient this run handled, in the order of the list. */
  results: BulkRecipientResult[];
  /** Recipients not started because the time budget ran out; pass continueFrom to the next run to send to them. */
  remainingCount: number;
  continueFrom: string | null;
}

const SUCCESSES = new Set<BulkOutcome>(["sent", "reconciled", "replayed"]);

export function row(to: string, outcome: BulkOutcome, fields: Partial<BulkRecipientResult> = {}): BulkRecipientResult {
  return {
    to,
    success: SUCCESSES.has(outcome),
    outcome,
    messageSid: null,
    messageStatus: null,
    errorCode: null,
    errorMessage: null,
    lineType: null,
    skipped: null,
    optedOut: false,
    ...fields,
  };
}

export function summarize(
  results: BulkRecipientResult[],
  duplicatesMerged: number,
  remaining: { count: number; continueFrom: string | null },
): BulkSendResult {
  const count = (matches: (result: BulkRecipientResult) => boolean) => results.filter(matches).length;
  const sentCount = count((result) => result.success);
  const unknownCount = count((result) => result.outcome === "unknown");
  const status: BulkSendStatus = sentCount === results.length ? "succeeded" : sentCount === 0 ? "failed" : "partially_succeeded";
  return {
    status,
    sentCount,
    failedCount: results.length - sentCount - unknownCount,
    unknownCount,
    duplicatesMerged,
    skippedLandlines: count((result) => result.skipped === "landline"),
    skippedInvalidNumbers: count((result) => result.skipped === "invalidNumber"),
    skippedLookupFailures: count((result) => result.skipped === "lookupFailed"),
    optedOutCount: count((result) => result.optedOut),
    results,
    remainingCount: remaining.count,
    continueFrom: remaining.continueFrom,
  };
}
