import type { MessageListInstanceCreateOptions } from "twilio/lib/rest/api/v2010/account/message";
import { BulkClaims, CHUNK_SIZE } from "../claims/bulkClaims";
import { checkTemplateVariables } from "../content/variables";
import { claimBulkList, fingerprintOf, type IdempotencyLedger, priorSend, readLedger, recordSend, withLedger } from "../idempotency";
import { E164_PATTERN } from "../identifiers/phoneNumbers";
import { type Screening, screenLineTypes } from "../lookup/lineTypeScreening";
import { type FailureWording, type PooledOutcome, refusalOf, runPool } from "../pool";
import type { IdempotencyStore } from "../terms";
import type { TwilioClient } from "../twilioClient";
import { continuationToken, type PlannedRecipient, planRecipients } from "./bulkPlan";
import { type BulkRecipientResult, type BulkSendResult, row, summarize } from "./bulkRows";
import { createMessageOnce } from "./createOnce";
import { type OutgoingMessage, toCreateOptions } from "./messages";

export type { BulkOutcome, BulkRecipientResult, BulkSendResult, BulkSendStatus } from "./bulkRows";

interface BulkSendRequest {
  /** Each address as the inputs read it (inputs/bulk.ts: country code added, channel checked), invalid entries in place. */
  recipients: PlannedRecipient[];
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
  /** How a refused recipient's row words the failure. */
  wording?: FailureWording;
}

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
 * row (each recipient's channel against the sender's was checked with the inputs).
 * A 429 is retried by the client's HTTP layer; a lost answer is resolved against the message log
 * (createOnce.ts); a refusal is never retried.
 */
export async function sendBulk(
  client: TwilioClient,
  request: BulkSendRequest,
): Promise<{ data: BulkSendResult; instanceState?: Record<string, unknown> }> {
  const shared = toCreateOptions({ ...request.message, to: "" });
  const plan = planRecipients(request.recipients, shared, request.continueFrom);
  const deadline = Date.now() + request.timeBudgetMs;
  const synced = request.idempotencyKey !== undefined && request.store === "sync";
  const ledger = request.idempotencyKey && !synced ? readLedger(request.state, Date.now()) : undefined;
  const results: (BulkRecipientResult | undefined)[] = plan.recipients.map((recipient) =>
    "invalid" in recipient ? row(recipient.invalid, "invalid", { errorMessage: recipient.reason }) : undefined,
  );
  const addressed = plan.recipients.flatMap((recipient, index) => ("to" in recipient ? [{ index, to: recipient.to }] : []));
  // A key reused with other content fails the step before anything is sent, as in Send Message.
  if (ledger && request.idempotencyKey) {
    claimBulkList(ledger, request.idempotencyKey, plan.listFingerprint, Date.now());
    for (const { to } of addressed) priorSend(ledger, recipientKeyOf(request.idempotencyKey, to), fingerprintOf({ ...shared, to }));
  }
  if (request.message.checkContentVariables && shared.contentSid)
    await checkTemplateVariables(client, shared.contentSid, shared.contentVariables);
  const pending: PendingSend[] = request.checkLineType ? await withoutUnreachable(client, addressed, results, request) : addressed;
  const claims = synced ? claimsFor(client, request, plan.listFingerprint, plan.firstIndex, shared, pending) : undefined;
  if (claims && pending.length > 0) await claims.start(plan.firstIndex + pending[0].index);
  await runPool(
    pending,
    request.concurrency,
    (item) => {
      const options = { ...shared, to: item.to };
      return claims
        ? sendClaimed(client, claims, options, plan.firstIndex + item.index, request.wording)
        : sendOne(client, options, { idempotencyKey: request.idempotencyKey, ledger, wording: request.wording });
    },
    (item, result) => {
      results[item.index] = { ...result, to: item.to, lineType: item.lineType ?? null };
    },
    () => Date.now() < deadline,
  );
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
  { concurrency, wording }: Pick<BulkSendRequest, "concurrency" | "wording">,
): Promise<PendingSend[]> {
  const phoneNumbers = pending.map((item) => item.to).filter((to) => E164_PATTERN.test(to));
  const screenings = await screenLineTypes(client, phoneNumbers, concurrency, wording);
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

/** Each recipient of a bulk send is its own send under the step's key. */
function recipientKeyOf(idempotencyKey: string, to: string): string {
  return `${idempotencyKey}\n${to}`;
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
  wording: FailureWording | undefined,
): Promise<PooledOutcome<BulkRecipientResult>> {
  let claim: Awaited<ReturnType<BulkClaims["before"]>>;
  try {
    claim = await claims.before(listIndex, options.to);
  } catch (error) {
    await claims.after(listIndex, {});
    const reason = refusalOf(error, wording).message;
    return { result: row(options.to, "failed", { errorMessage: `Not sent: its idempotency claim could not be checked: ${reason}` }) };
  }
  if (!claim.send) {
    await claims.after(listIndex, {});
    const fields = claim.outcome === "replayed" ? { messageSid: claim.messageSid } : { errorMessage: claim.errorMessage };
    return { result: row(options.to, claim.outcome, fields) };
  }
  const outcome = await sendOne(client, options, { wording });
  await claims.after(listIndex, { sid: outcome.result.messageSid ?? undefined, unknown: outcome.result.outcome === "unknown" });
  return outcome;
}

async function sendOne(
  client: TwilioClient,
  options: MessageListInstanceCreateOptions,
  { idempotencyKey, ledger, wording }: { idempotencyKey?: string; ledger?: IdempotencyLedger; wording?: FailureWording },
): Promise<PooledOutcome<BulkRecipientResult>> {
  const recipientKey = idempotencyKey && recipientKeyOf(idempotencyKey, options.to);
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
    const { code, httpStatus, message } = refusalOf(error, wording);
    const refusal = { errorCode: code, errorMessage: message, optedOut: code === OPTED_OUT_CODE };
    return { result: row(options.to, "failed", refusal), httpStatus };
  }
}
