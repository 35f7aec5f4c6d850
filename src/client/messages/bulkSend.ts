import type { MessageListInstanceCreateOptions } from "twilio/lib/rest/api/v2010/account/message";
import { BulkClaims, CHUNK_SIZE } from "../claims/bulkClaims";
import type { IdempotencyStore } from "../claims/keyedCreate";
import { checkTemplateVariables } from "../content/variables";
import { fingerprintOf, type IdempotencyLedger, priorSend, readLedger, recordSend, withLedger } from "../idempotency";
import { E164_PATTERN } from "../identifiers";
import { type Screening, screenLineTypes } from "../lookup/lineTypeScreening";
import { TwilioApiError, toActionableError } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";
import { continuationToken, planRecipients } from "./bulkPlan";
import { type BulkRecipientResult, type BulkSendResult, row, summarize } from "./bulkRows";
import { createMessageOnce } from "./createOnce";
import { checkSameChannel, type OutgoingMessage, toCreateOptions } from "./messages";

export type { BulkOutcome, BulkRecipientResult, BulkSendResult, BulkSendStatus } from "./bulkRows";

export const DEFAULT_BULK_CONCURRENCY = 5;
export const MAX_BULK_CONCURRENCY = 20;
/** Keeps one step's output bounded; a longer list continues in the next step through continueFrom. */
export const MAX_BULK_RECIPIENTS = 10_000;
export const DEFAULT_BULK_TIME_BUDGET_MS = 600_000;

export interface BulkSendRequest {
  recipients: string[];
  defaultCountryCode?: string;
  message: Omit<OutgoingMessage, "to">;
  concurrency: number;
  /** Look up each phone number's line type first (billed by Twilio per number) and skip landlines and invalid numbers. */
  checkLineType?: boolean;
  /** No send starts after this; the rest is left to a continued run. */
  timeBudgetMs: number;
  continueFrom?: string;
  /** With it, each recipient is sent to at most once per key, across runs of the flow. */
  idempotencyKey?: string;
  /** Where the key is claimed: chunks of recipients in Twilio Sync, or the ledger in the flow's state (when not given). */
  store?: IdempotencyStore;
  syncService?: string;
  state: Record<string, unknown>;
}

const RECIPIENTS_INPUT = "Recipients";
/** After a 401 every further request would fail the same way: the rest are not sent. */
const CREDENTIALS_REJECTED_STATUS = 401;
/** Twilio's code for a recipient who replied STOP. */
const OPTED_OUT_CODE = 21610;

interface PendingSend {
  index: number;
  to: string;
  lineType?: string | null;
}

/**
 * Sends one message to each distinct recipient, a bounded number at a time. The shared fields
 * are checked once before anything is sent, so a missing sender fails the step instead of every
 * row; so is each recipient's channel against the sender's, since one From serves one channel.
 * A 429 is retried by the client's HTTP layer; a lost answer is resolved against the message log
 * (createOnce.ts); a refusal is never retried.
 */
export async function sendBulk(
  client: TwilioClient,
  request: BulkSendRequest,
): Promise<{ data: BulkSendResult; instanceState?: Record<string, unknown> }> {
  const shared = toCreateOptions({ ...request.message, to: "" });
  const plan = planRecipients(request.recipients, request.defaultCountryCode, shared, request.continueFrom);
  const deadline = Date.now() + request.timeBudgetMs;
  const synced = request.idempotencyKey !== undefined && request.store === "sync";
  const ledger = request.idempotencyKey && !synced ? readLedger(request.state, Date.now()) : undefined;
  const results: (BulkRecipientResult | undefined)[] = plan.recipients.map((recipient) =>
    "invalid" in recipient ? row(recipient.invalid, "invalid", { errorMessage: recipient.reason }) : undefined,
  );
  const addressed = plan.recipients.flatMap((recipient, index) => ("to" in recipient ? [{ index, to: recipient.to }] : []));
  for (const { to } of addressed) checkSameChannel(RECIPIENTS_INPUT, to, shared.from);
  if (request.message.checkContentVariables && shared.contentSid)
    await checkTemplateVariables(client, shared.contentSid, shared.contentVariables);
  const pending = request.checkLineType ? await withoutUnreachable(client, addressed, results, request.concurrency) : addressed;
  const claims = synced ? claimsFor(client, request, plan.listFingerprint, plan.firstIndex, shared, pending) : undefined;
  if (claims && pending.length > 0) await claims.start(plan.firstIndex + pending[0].index);
  let credentialsRejection: BulkRecipientResult | undefined;
  const sendPending = async (): Promise<void> => {
    while (pending.length > 0 && Date.now() < deadline) {
      const item = pending.shift() as PendingSend;
      const lineType = item.lineType ?? null;
      if (credentialsRejection) {
        results[item.index] = { ...credentialsRejection, to: item.to, lineType };
        continue;
      }
      const options = { ...shared, to: item.to };
      const outcome = claims
        ? await sendClaimed(client, claims, options, plan.firstIndex + item.index)
        : await sendOne(client, options, request.idempotencyKey, ledger);
      results[item.index] = { ...outcome.result, lineType };
      if (outcome.httpStatus === CREDENTIALS_REJECTED_STATUS) credentialsRejection = outcome.result;
    }
  };
  await Promise.all(Array.from({ length: Math.min(request.concurrency, pending.length) }, sendPending));
  await claims?.finish();
  // Rows from the first recipient not started on are left for the next run, skipped and invalid ones included.
  const handledCount = pending.length > 0 ? pending[0].index : results.length;
  const remainingCount = results.length - handledCount;
  const data = summarize(results.slice(0, handledCount) as BulkRecipientResult[], plan.duplicatesMerged, {
    count: remainingCount,
    continueFrom: remainingCount > 0 ? continuationToken(plan.listFingerprint, plan.firstIndex + handledCount) : null,
  });
  return ledger ? { data, instanceState: withLedger(request.state, ledger) } : { data };
}

/**
 * Looks up the phone numbers among the pending sends (channel addresses such as whatsapp: are not
 * texts to a line) and fills in the rows of those that cannot receive a text; returns the rest.
 */
async function withoutUnreachable(
  client: TwilioClient,
  pending: PendingSend[],
  results: (BulkRecipientResult | undefined)[],
  concurrency: number,
): Promise<PendingSend[]> {
  const phoneNumbers = pending.map((item) => item.to).filter((to) => E164_PATTERN.test(to));
  const screenings = await screenLineTypes(client, phoneNumbers, concurrency);
  return pending.flatMap((item) => {
    const screening: Screening | undefined = screenings.get(item.to);
    if (!screening) return [item];
    if (screening.reachable) return [{ ...item, lineType: screening.lineType }];
    results[item.index] = row(item.to, "skipped", {
      lineType: screening.lineType,
      skipped: screening.skipped,
      errorCode: screening.errorCode,
      errorMessage: screening.reason,
    });
    return [];
  });
}

function claimsFor(
  client: TwilioClient,
  request: BulkSendRequest,
  listFingerprint: string,
  firstIndex: number,
  shared: MessageListInstanceCreateOptions,
  pending: PendingSend[],
): BulkClaims {
  const pendingByChunk = new Map<number, number>();
  for (const item of pending) {
    const chunk = Math.floor((firstIndex + item.index) / CHUNK_SIZE);
    pendingByChunk.set(chunk, (pendingByChunk.get(chunk) ?? 0) + 1);
  }
  const key = request.idempotencyKey as string;
  return new BulkClaims(client, { key, listFingerprint, pendingByChunk, shared, syncService: request.syncService });
}

/** One recipient under its chunk's claim in Sync: sent only when the claim says nobody sent it. */
async function sendClaimed(
  client: TwilioClient,
  claims: BulkClaims,
  options: MessageListInstanceCreateOptions,
  listIndex: number,
): Promise<SendOutcome> {
  let claim: Awaited<ReturnType<BulkClaims["before"]>>;
  try {
    claim = await claims.before(listIndex, options.to);
  } catch (error) {
    await claims.after(listIndex, {});
    const reason = error instanceof Error ? error.message : String(error);
    return { result: row(options.to, "failed", { errorMessage: `Not sent: its idempotency claim could not be checked: ${reason}` }) };
  }
  if (!claim.send) {
    await claims.after(listIndex, {});
    const fields = claim.outcome === "replayed" ? { messageSid: claim.messageSid } : { errorMessage: claim.errorMessage };
    return { result: row(options.to, claim.outcome, fields) };
  }
  const outcome = await sendOne(client, options, undefined, undefined);
  await claims.after(listIndex, { sid: outcome.result.messageSid ?? undefined, unknown: outcome.result.outcome === "unknown" });
  return outcome;
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
    if (prior) return { result: row(options.to, "replayed", { messageSid: prior.sid }) };
    const outcome = await createMessageOnce(client, options);
    if (!outcome.created) return { result: row(options.to, "unknown", { errorMessage: `May have been sent: ${outcome.unknownBecause}.` }) };
    if (recipientKey && ledger) recordSend(ledger, recipientKey, fingerprint, outcome.created.sid, Date.now());
    const outcomeName = outcome.reconciled ? "reconciled" : "sent";
    return { result: row(options.to, outcomeName, { messageSid: outcome.created.sid, messageStatus: outcome.created.status }) };
  } catch (error) {
    const actionable = toActionableError(error);
    const details = actionable instanceof TwilioApiError ? actionable.details : {};
    const errorMessage = actionable instanceof Error ? actionable.message : String(actionable);
    const refusal = { errorCode: details.code ?? null, errorMessage, optedOut: details.code === OPTED_OUT_CODE };
    return { result: row(options.to, "failed", refusal), httpStatus: details.status };
  }
}
