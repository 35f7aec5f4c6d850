import { checkedSid } from "../identifiers/sids";
import type { TwilioClient } from "../twilioClient";
import { type MessageRecord, toMessageRecord } from "./messages";

/** Every lifecycle call checks the SID like voice and media do, so a typed path never reaches another resource. */
const checkedMessageSid = (sid: string) => checkedSid("message", sid, "MessageSid");

/** Only a message still in status "scheduled" can be canceled; Twilio refuses the others with an error. */
export async function cancelScheduledMessage(client: TwilioClient, sid: string): Promise<MessageRecord> {
  return toMessageRecord(await client.messages(checkedMessageSid(sid)).update({ status: "canceled" }));
}

/** Twilio empties the stored body; the message itself, its metadata and its media stay. */
export async function redactMessageBody(client: TwilioClient, sid: string): Promise<MessageRecord> {
  return toMessageRecord(await client.messages(checkedMessageSid(sid)).update({ body: "" }));
}

export interface DeletedMessage {
  sid: string;
  deleted: true;
}

/** Removes the message and its record from the account for good (Twilio answers 204). */
export async function deleteMessage(client: TwilioClient, sid: string): Promise<DeletedMessage> {
  await client.messages(checkedMessageSid(sid)).remove();
  return { sid, deleted: true };
}
