import { createHash } from "node:crypto";
import { BULK_CONTINUE_FROM } from "../terms";
import { ContinuationError } from "../transport/errors";

/** One distinct recipient, in the order first listed, or an entry that is not a valid address. */
export type PlannedRecipient = { to: string } | { invalid: string; reason: string };

interface BulkPlan {
  /** From the first recipient an earlier run did not start, when continuing. */
  recipients: PlannedRecipient[];
  /** Where these recipients start in the whole list, for the continueFrom of the next run. */
  firstIndex: number;
  duplicatesMerged: number;
  /** Identifies the list and the message: a continueFrom only continues the run it came from. */
  listFingerprint: string;
}

/** Merges the recipients that are the same address, keeps invalid entries in place, and skips what an earlier run started. */
export function planRecipients(entries: PlannedRecipient[], message: unknown, continueFrom?: string): BulkPlan {
  const seen = new Set<string>();
  const planned = entries.filter((entry) => {
    if (!("to" in entry)) return true;
    if (seen.has(entry.to)) return false;
    seen.add(entry.to);
    return true;
  });
  const duplicatesMerged = entries.length - planned.length;
  const listFingerprint = createHash("sha256")
    .update(JSON.stringify([planned, message]))
    .digest("base64url")
    .slice(0, 16);
  const firstIndex = continueFrom === undefined ? 0 : readContinuation(continueFrom, listFingerprint, planned.length);
  return { recipients: planned.slice(firstIndex), firstIndex, duplicatesMerged, listFingerprint };
}

/** "<fingerprint>.<index>": opaque to builders, checked so it cannot skip recipients of another list. */
export function continuationToken(listFingerprint: string, nextIndex: number): string {
  return `${listFingerprint}.${nextIndex}`;
}

function readContinuation(token: string, listFingerprint: string, length: number): number {
  const [fingerprint, index] = token.split(".");
  const next = Number(index);
  if (fingerprint !== listFingerprint || !Number.isInteger(next) || next < 0 || next > length) {
    throw new ContinuationError(
      BULK_CONTINUE_FROM,
      (source) => `the continueFrom of ${source} with the same recipients and message`,
      "an earlier bulk send",
      token,
    );
  }
  return next;
}
