import type { MessageListInstanceCreateOptions } from "twilio/lib/rest/api/v2010/account/message";
import { checkTemplateVariables } from "../content/variables";
import { fingerprintOf, type IdempotencyLedger, priorSend, readLedger, recordSend, withLedger } from "../idempotency";
import { E164_PATTERN } from "../identifiers";
import { type Screening, screenLineTypes } from "../lookup/lineTypeScreening";
import { type PooledOutcome, refusalOf, runPool } from "../pool";
import type { TwilioClient } from "../twilioClient";
import { continuationToken, planRecipients } from "./bulkPlan";
import { type BulkRecipientResult, type BulkSendResult, row, summarize } from "./bulkRows";
import { createMessageOnce } from "./createOnce";
import { checkSameChannel, type OutgoingMessage, toCreateOptions } from "./messages";

export type { BulkOutcome, BulkRecipientResult, BulkSendResult, BulkSendStatus } from "./bulkRows";

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
  state: Record<string, unknown>;
}

const RECIPIENTS_INPUT = "Recipients";
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
  const ledger = request.idempotencyKey ? readLedger(request.state, Date.now()) : undefined;
  const results: (BulkRecipientResult | undefined)[] = plan.recipients.map((recipient) =>
    "invalid" in recipient ? row(recipient.invalid, "invalid", { errorMessage: recipient.reason }) : undefined,
  );
  const addressed = plan.recipients.flatMap((recipient, index) => ("to" in recipient ? [{ index, to: recipient.to }] : []));
  for (const { to } of addressed) checkSameChannel(RECIPIENTS_INPUT, to, shared.from);
  // A key reused with other content fails the step before anything is sent, as in Send Message.
  if (ledger && request.idempotencyKey) {
    for (const { to } of addressed) priorSend(ledger, recipientKeyOf(request.idempotencyKey, to), fingerprintOf({ ...shared, to }));
  }
  if (request.message.checkContentVariables && shared.contentSid)
    await checkTemplateVariables(client, shared.contentSid, shared.contentVariables);
  const pending: PendingSend[] = request.checkLineType
    ? await withoutUnreachable(client, addressed, results, request.concurrency)
    : addressed;
  await runPool(
    pending,
    request.concurrency,
    (item) => sendOne(client, { ...shared, to: item.to }, request.idempotencyKey, ledger),
    (item, result) => {
      results[item.index] = { ...result, to: item.to, lineType: item.lineType ?? null };
    },
    () => Date.now() < deadline,
  );
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

/** Each recipient of a bulk send is its own send under the step's key. */
function recipientKeyOf(idempotencyKey: string, to: string): string {
  return `${idempotencyKey}\n${to}`;
}

async function sendOne(
  client: TwilioClient,
  options: MessageListInstanceCreateOptions,
  idempotencyKey: string | undefined,
  ledger: IdempotencyLedger | undefined,
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
    const { code, httpStatus, message } = refusalOf(error);
    const refusal = { errorCode: code, errorMessage: message, optedOut: code === OPTED_OUT_CODE };
    return { result: row(options.to, "failed", refusal), httpStatus };
  }
}
