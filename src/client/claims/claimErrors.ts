import RestException from "twilio/lib/base/RestException";
import { IDEMPOTENCY_KEY } from "../terms";
import { InputError, TwilioApiError } from "../transport/errors";

const CLIENT_ERRORS = { min: 400, max: 499 };

/** Twilio (or an input check) refused: nothing was created, so the key may be used again. */
export function isRefusal(error: unknown): boolean {
  if (error instanceof InputError) return true;
  const status = error instanceof TwilioApiError ? error.details.status : error instanceof RestException ? error.status : undefined;
  return typeof status === "number" && status >= CLIENT_ERRORS.min && status <= CLIENT_ERRORS.max;
}

/** Another execution holds the key and is creating now: this one sent nothing, and a retry will replay. */
export class ClaimInProgressError extends TwilioApiError {
  readonly retryable = true;
}

export function inProgressError(noun: string): ClaimInProgressError {
  const fix = "Retry this execution in a minute or two: it will then return what the other execution created.";
  return new ClaimInProgressError(
    `Another execution of this flow is creating the ${noun} for this idempotency key right now, so this step sent nothing. ${fix}`,
    { fix },
  );
}

/** The claim could not be taken, so nothing was sent: safe to retry. */
export function claimUnreachableError(cause: unknown): ClaimInProgressError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const fix = "Retry this execution: nothing was sent.";
  return new ClaimInProgressError(
    `The idempotency key could not be claimed in Twilio Sync (${reason}), so this step sent nothing. ${fix}`,
    {
      fix,
    },
  );
}

/** A claim left without a SID by an execution that stopped, which the log could not settle: said as such, never sent again. */
export function mayHaveBeenCreatedError(noun: string, claimedAt: Date, reason: string): TwilioApiError {
  const fix = `check in Twilio whether the ${noun} exists before sending again; to send anyway, use a new idempotency key.`;
  return new TwilioApiError(
    `The ${noun} for this idempotency key may have been created by an earlier execution that stopped at ${claimedAt.toISOString()} before recording it, and ${reason}. Nothing was sent again: ${fix}`,
    { fix },
  );
}

/** The claim of `key` was taken at `claimedAt` (ms) for other content, and created `sid` if known. */
export function otherContentError(key: string, claim: { at: number; s: string | null }, noun: string): InputError {
  const use = claim.s ? `to create ${claim.s}` : `for a ${noun}`;
  return new InputError(
    IDEMPOTENCY_KEY,
    `a key not used for other content: it was used on ${new Date(claim.at).toISOString()} ${use} with different recipients or content. Use a new key for a new ${noun}`,
    key,
  );
}
