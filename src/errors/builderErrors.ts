import { SenderNotReadyError } from "../client/compliance/sendCheck";
import { OptedOutError } from "../client/conversations/optOuts";
import { LineTypeUncheckedError } from "../client/lookup/lineTypeScreening";
import { MayHaveBeenSentError } from "../client/messages/messages";
import { NotAccountNumberError } from "../client/numbers/numbers";
import { MayHaveBeenBoughtError, NoNumberForSaleError } from "../client/numbers/purchase";
import { SyncAccessError, SyncServiceMissingError } from "../client/sync/maps";
import { toActionableError, twilioAnswerSummary } from "../client/transport/errorMapping";
import { TwilioApiError, type TwilioErrorDetails } from "../client/transport/errors";
import { VerificationNotPendingError } from "../client/verify/verifications";
import { withActionSteps } from "./complianceSteps";
import { FIXES_BY_CODE, FIXES_BY_STATUS, NETWORK_FIXES, UNREADABLE_FAILURE_FIX, UNREADABLE_SUCCESS_FIX } from "./fixes";

// The client says what Twilio (or the network) answered; this says what the builder should do
// about it. Loaded with the first failure, never with the component.

/** What to check for a Twilio error code, where the component knows (List Alerts and New Debugger Alerts show it too). */
function fixForCode(code: number | null | undefined): string | null {
  return (code && FIXES_BY_CODE[code]) || null;
}

function fixFor(details: TwilioErrorDetails): string | undefined {
  const { code, status, networkCode } = details;
  if (networkCode) return NETWORK_FIXES[networkCode];
  if (details.unreadable && status !== undefined) {
    return status >= 200 && status < 300 ? UNREADABLE_SUCCESS_FIX : (FIXES_BY_STATUS[status] ?? UNREADABLE_FAILURE_FIX);
  }
  return fixForCode(code) ?? (status === undefined ? undefined : FIXES_BY_STATUS[status]);
}

/** The client's own refusals that the builder's choices settle: the fix, and what the message says of it (when it says more). */
function ownRefusalFix(error: TwilioApiError): { fix: string; said?: string; message?: string } | undefined {
  if (error instanceof NotAccountNumberError) {
    const fix = "Pick one of the account's numbers (Select Phone Number, or List Phone Numbers), in E.164 format or by its SID (PN...).";
    return { fix, said: fix };
  }
  if (error instanceof VerificationNotPendingError) {
    return error.sayingToSendAgain("Send a new code with Send Verification Code if the person still needs to verify.");
  }
  if (error instanceof NoNumberForSaleError) {
    const fix =
      "Widen the search: another area code, fewer required capabilities, or no Contains pattern (Search Available Phone Numbers shows what is for sale).";
    return { fix, said: fix };
  }
  if (error instanceof MayHaveBeenBoughtError) {
    const fix = "Check List Phone Numbers (or Twilio Console > Phone Numbers) before buying another.";
    const message = `${error.phoneNumber} may have been bought: ${error.because}, and it was not among the account's numbers when checked. It was not bought again: check List Phone Numbers (or Twilio Console > Phone Numbers) before buying another.`;
    return { fix, message };
  }
  if (error instanceof MayHaveBeenSentError) {
    const fix = "check the message log before resending (List Messages, or Twilio Console > Monitor > Messaging).";
    return { fix, message: `The message to ${error.to} may have been sent: ${error.because}: ${fix}` };
  }
  if (error instanceof OptedOutError) {
    const fix = `${fixForCode(error.details.code)} Remove the participant from the conversation (Remove Conversation Participant) to message the others.`;
    return { fix, said: fix };
  }
  if (error instanceof SyncAccessError) {
    return {
      fix: 'Set Idempotency Store to "Flow State", or give the connection access to Twilio Sync.',
      said: 'Set Idempotency Store to "Flow State" (keys kept in the flow\'s state: see the documentation for what it does not cover), or use an Auth Token or an API key allowed to use Sync, or name in Sync Service a service this connection may use.',
    };
  }
  if (error instanceof SyncServiceMissingError) {
    return { fix: "Pick a Sync Service of this account, or leave Sync Service empty to let the component create its own." };
  }
  return undefined;
}

/**
 * The client's error with what to fix in its message: its own refusals above, and Twilio's answers
 * and network failures as the client read them. An error that already says what to do is left as it is.
 */
function withFix(error: TwilioApiError): TwilioApiError {
  const { details } = error;
  const own = ownRefusalFix(error);
  if (own)
    return new TwilioApiError(own.message ?? (own.said ? `${error.message} ${own.said}` : error.message), { ...details, fix: own.fix });
  const readFromTwilio = details.reason !== undefined || details.networkCode !== undefined || details.unreadable;
  if (details.fix !== undefined || !readFromTwilio) return error;
  const fix = fixFor(details);
  if (!fix) return error;
  const message = details.reason !== undefined ? twilioAnswerSummary(details, fix) : `${error.message} ${fix}`;
  return new TwilioApiError(message, { ...details, fix });
}

/** The component's error hook, and the wording of failures an action returns as data: any failure, in words a builder can act on. */
export function toBuilderError(error: unknown): unknown {
  if (error instanceof LineTypeUncheckedError) return lineTypeUnchecked(error);
  if (error instanceof SenderNotReadyError) return new SenderNotReadyError(withActionSteps(error.compliance));
  const actionable = toActionableError(error);
  return actionable instanceof TwilioApiError ? withFix(actionable) : actionable;
}

/** A bulk row's recipient whose line type Lookup could not tell: the lookup's failure, worded, after the setting that asked for it. */
function lineTypeUnchecked(error: LineTypeUncheckedError): TwilioApiError {
  const failure = toBuilderError(error.lookupFailure);
  const why = failure instanceof Error ? failure.message : String(failure);
  const details = failure instanceof TwilioApiError ? failure.details : {};
  return new TwilioApiError(`Not sent: its line type could not be checked, and Check Line Type First is on. ${why}`, details);
}

/** Alerts of Twilio's debugger with what to do about each, where the component knows. */
export function withAlertFixes<Alert extends { errorCode: number | null }>(alerts: Alert[]): (Alert & { fix: string | null })[] {
  return alerts.map((alert) => ({ ...alert, fix: fixForCode(alert.errorCode) }));
}
