import { createOnceForKey, type IdempotencyOptions } from "../claims/keyedCreate";
import { checkTemplateVariables } from "../content/variables";
import type { KeyedRun } from "../idempotency";
import { isNotFound } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";
import { searchMessageLog } from "./createOnce";
import { type OutgoingMessage, type SentMessage, sendMessage, toCreateOptions, toMessageRecord } from "./messages";

interface IdempotentSend extends IdempotencyOptions {
  message: OutgoingMessage;
}

/**
 * Sends one message at most once per idempotency key: a second run with the same key (a retried
 * execution, a redelivered webhook, a parallel execution) returns the message created the first
 * time, as it is now, or what the store kept of it when it has since been deleted.
 */
export async function sendMessageOnce(client: TwilioClient, request: IdempotentSend): Promise<KeyedRun<SentMessage>> {
  const options = toCreateOptions(request.message);
  return createOnceForKey<SentMessage>(client, request, options, {
    noun: "message",
    create: async () => {
      if (request.message.checkContentVariables && options.contentSid)
        await checkTemplateVariables(client, options.contentSid, options.contentVariables);
      return sendMessage(client, options);
    },
    replay: async (prior) => {
      try {
        return { ...toMessageRecord(await client.messages(prior.sid).fetch()), reconciled: false, replayed: true };
      } catch (error) {
        if (!isNotFound(error)) throw error;
        return { sid: prior.sid, dateCreated: prior.createdAt, reconciled: false, replayed: true };
      }
    },
    findCreated: async (since) => {
      const search = await searchMessageLog(client, options, since);
      if (!search.proven) throw new Error("the message log has more messages since then than are searched");
      return search.found && { ...toMessageRecord(search.found), reconciled: true, replayed: true };
    },
  });
}
