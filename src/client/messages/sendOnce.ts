import RestException from "twilio/lib/base/RestException";
import { checkTemplateVariables } from "../content/variables";
import { fingerprintOf, type PriorSend, priorSend, readLedger, recordSend, withLedger } from "../idempotency";
import type { TwilioClient } from "../twilioClient";
import { type OutgoingMessage, type SentMessage, sendMessage, toCreateOptions, toMessageRecord } from "./messages";

export interface IdempotentSend {
  message: OutgoingMessage;
  /** Sends nothing when a message was created under this key before (within the ledger's lifetime). */
  idempotencyKey?: string;
  /** The flow's state as the step received it. */
  state: Record<string, unknown>;
}

export interface IdempotentSendResult {
  data: SentMessage;
  /** The flow's state with this send recorded, to return from the step; undefined when nothing changed. */
  instanceState?: Record<string, unknown>;
}

/**
 * Sends one message at most once per idempotency key: a second run with the same key (a retried
 * execution, a redelivered webhook) returns the message created the first time, as it is now.
 */
export async function sendMessageOnce(client: TwilioClient, request: IdempotentSend): Promise<IdempotentSendResult> {
  const options = toCreateOptions(request.message);
  const send = async () => {
    if (request.message.checkContentVariables && options.contentSid)
      await checkTemplateVariables(client, options.contentSid, options.contentVariables);
    return sendMessage(client, options);
  };
  if (!request.idempotencyKey) return { data: await send() };
  const now = Date.now();
  const ledger = readLedger(request.state, now);
  const fingerprint = fingerprintOf(options);
  const prior = priorSend(ledger, request.idempotencyKey, fingerprint);
  if (prior) return { data: await replay(client, prior) };
  const data = await send();
  recordSend(ledger, request.idempotencyKey, fingerprint, String(data.sid), now);
  return { data, instanceState: withLedger(request.state, ledger) };
}

/** The earlier message as Twilio has it now; what the ledger kept, when it has since been deleted. */
async function replay(client: TwilioClient, prior: PriorSend): Promise<SentMessage> {
  try {
    return { ...toMessageRecord(await client.messages(prior.sid).fetch()), reconciled: false, replayed: true };
  } catch (error) {
    if (!(error instanceof RestException && error.status === 404)) throw error;
    return { sid: prior.sid, dateCreated: prior.createdAt, reconciled: false, replayed: true };
  }
}
