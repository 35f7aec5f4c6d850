import { onceForKey } from "../idempotency";
import { checkedSid } from "../identifiers";
import type { BoundedList } from "../paging";
import { requestJson } from "../transport/jsonRequest";
import type { TwilioClient } from "../twilioClient";
import { MAX_CHECKED_PARTICIPANTS, refuseOptedOutParticipants } from "./optOuts";
import { listParticipants } from "./participants";
import { type ConversationMessageRecord, toConversationMessage } from "./records";
import { type ConversationRef, conversationPath, conversationsUrl, type ListWindow, readConversationsList } from "./scope";

export interface ConversationMessageSend {
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
  if (send.mediaSids?.length) data.MediaSid = send.mediaSids.map((sid) => checkedSid("media", sid, "Media SID"));
  if (send.contentSid) data.ContentSid = checkedSid("content", send.contentSid, "Content Template");
  if (send.contentVariables) data.ContentVariables = JSON.stringify(send.contentVariables);
  if (send.attributes) data.Attributes = JSON.stringify(send.attributes);
  const uri = conversationsUrl(`${conversationPath(ref)}/Messages`);
  return toConversationMessage(await requestJson(client, { method: "post", uri, data }));
}

/**
 * Sends at most once per idempotency key (see onceForKey): a rerun of the flow gets the message
 * the first run sent, read back, instead of a second one in the conversation.
 */
export function sendConversationMessageOnce(
  client: TwilioClient,
  ref: ConversationRef,
  send: ConversationMessageSend,
  run: { idempotencyKey?: string; state: Record<string, unknown> },
) {
  return onceForKey(
    { key: run.idempotencyKey, content: { ref, send }, state: run.state },
    async () => ({ ...(await sendConversationMessage(client, ref, send)) }),
    async (prior) => {
      const sid = checkedSid("conversationMessage", prior.sid, "Message");
      const uri = conversationsUrl(`${conversationPath(ref)}/Messages/${sid}`);
      return { ...toConversationMessage(await requestJson(client, { method: "get", uri })) };
    },
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
