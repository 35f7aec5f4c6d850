import { createOnceForKey, type IdempotencyOptions } from "../claims/keyedCreate";
import { checkedSid } from "../identifiers/sids";
import type { BoundedList } from "../paging";
import { requestJson } from "../transport/jsonRequest";
import type { TwilioClient } from "../twilioClient";
import { MAX_CHECKED_PARTICIPANTS, refuseOptedOutParticipants } from "./optOuts";
import { listParticipants } from "./participants";
import { type ConversationMessageRecord, toConversationMessage } from "./records";
import { type ConversationRef, conversationPath, conversationsUrl, type ListWindow, readConversationsList } from "./scope";

/** The newest messages searched for one a stopped execution may have sent. */
const MESSAGE_LOOKUP_LIMIT = 50;

interface ConversationMessageSend {
  /** Shown as the sender; Twilio uses "system" when none is given. */
  author?: string;
  body?: string;
  /** Media uploaded to the Conversation Service's Media resource first (ME...). */
  mediaSids?: string[];
  contentSid?: string;
  contentVariables?: Record<string, unknown>;
  attributes?: Record<string, unknown>;
}

async function sendConversationMessage(client: TwilioClient, ref: ConversationRef, send: ConversationMessageSend) {
  const { items } = await listParticipants(client, ref, { limit: MAX_CHECKED_PARTICIPANTS });
  await refuseOptedOutParticipants(client, items);
  const data: Record<string, string | string[]> = {};
  if (send.author) data.Author = send.author;
  if (send.body) data.Body = send.body;
  if (send.mediaSids?.length) data.MediaSid = send.mediaSids.map((sid) => checkedSid("media", sid, "MediaSid"));
  if (send.contentSid) data.ContentSid = checkedSid("content", send.contentSid, "ContentSid");
  if (send.contentVariables) data.ContentVariables = JSON.stringify(send.contentVariables);
  if (send.attributes) data.Attributes = JSON.stringify(send.attributes);
  const uri = conversationsUrl(`${conversationPath(ref)}/Messages`);
  return toConversationMessage(await requestJson(client, { method: "post", uri, data }));
}

/**
 * Sends at most once per idempotency key (see createOnceForKey): a rerun of the flow gets the message
 * the first run sent, read back, instead of a second one in the conversation. A message left
 * unrecorded by an execution that stopped is looked for among the conversation's newest messages.
 */
export function sendConversationMessageOnce(
  client: TwilioClient,
  ref: ConversationRef,
  send: ConversationMessageSend,
  run: IdempotencyOptions,
) {
  return createOnceForKey<ConversationMessageRecord & Record<string, unknown>>(
    client,
    run,
    { ref, send },
    {
      noun: "conversation message",
      create: async () => ({ ...(await sendConversationMessage(client, ref, send)) }),
      replay: async (prior) => {
        const sid = checkedSid("conversationMessage", prior.sid, "MessageSid");
        const uri = conversationsUrl(`${conversationPath(ref)}/Messages/${sid}`);
        return { ...toConversationMessage(await requestJson(client, { method: "get", uri })) };
      },
      findCreated: async (since) => {
        const newest = await listConversationMessages(client, { ...ref, order: "desc" }, { limit: MESSAGE_LOOKUP_LIMIT });
        const recent = newest.items.filter((message) => message.dateCreated && Date.parse(message.dateCreated) >= since.getTime());
        const found = recent.find((message) => isSameMessage(message, send));
        if (!found && newest.hasMore && recent.length === newest.items.length)
          throw new Error("the conversation has more messages since then than are searched");
        return found && { ...found };
      },
    },
  );
}

/** Twilio writes "system" as the author of a message sent without one. */
function isSameMessage(message: ConversationMessageRecord, send: ConversationMessageSend): boolean {
  return (
    (message.author ?? "system") === (send.author ?? "system") &&
    message.body === (send.body ?? null) &&
    message.contentSid === (send.contentSid ?? null)
  );
}

export async function listConversationMessages(
  client: TwilioClient,
  ref: ConversationRef & { order: "asc" | "desc" },
  window: ListWindow,
): Promise<BoundedList<ConversationMessageRecord>> {
  const list = {
    path: `${conversationPath(ref)}/Messages`,
    key: "messages",
    query: { Order: ref.order },
    noun: "messages of this conversation",
  };
  return readConversationsList(client, list, window, toConversationMessage);
}
