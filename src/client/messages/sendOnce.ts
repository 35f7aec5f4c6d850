import { checkTemplateVariables } from "../content/variables";
import { type KeyedRun, onceForKey } from "../idempotency";
import { isNotFound } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";
import { type OutgoingMessage, type SentMessage, sendMessage, toCreateOptions, toMessageRecord } from "./messages";

export interface IdempotentSend {
  message: OutgoingMessage;
  /** Sends nothing when a message was created under this key before (within the ledger's lifetime). */
  idempotencyKey?: string;
  /** The flow's state as the step received it. */
  state: Record<string, unknown>;
}

/**
 * Sends one message at most once per idempotency key: a second run with the same key (a retried
 * execution, a redelivered webhook) returns the message created the first time, as it is now, or
 * what the ledger kept of it when it has since been deleted.
 */
export async function sendMessageOnce(client: TwilioClient, request: IdempotentSend): Promise<KeyedRun<SentMessage>> {
  const options = toCreateOptions(request.message);
  return onceForKey<SentMessage>(
    { key: request.idempotencyKey, content: options, state: request.state },
    async () => {
      if (request.message.checkContentVariables && options.contentSid)
        await checkTemplateVariables(client, options.contentSid, options.contentVariables);
      return sendMessage(client, options);
    },
    async (prior) => {
      try {
        return { ...toMessageRecord(await client.messages(prior.sid).fetch()), reconciled: false, replayed: true };
      } catch (error) {
        if (!isNotFound(error)) throw error;
        return { sid: prior.sid, dateCreated: prior.createdAt, reconciled: false, replayed: true };
      }
    },
  );
}
