import { checkedSid } from "../identifiers/sids";
import type { BoundedList } from "../paging";
import { requestJson } from "../transport/jsonRequest";
import type { TwilioClient } from "../twilioClient";
import { type ParticipantRecord, toParticipant } from "./records";
import { type ConversationRef, conversationPath, conversationsUrl, type ListWindow, readConversationsList } from "./scope";

/** Someone texting or on WhatsApp, reached through one of the account's numbers or senders; or a chat (SDK) user. */
type NewParticipant =
  | { address: string; proxyAddress: string; attributes?: Record<string, unknown> }
  | { identity: string; attributes?: Record<string, unknown> };

export async function addParticipant(client: TwilioClient, ref: ConversationRef, participant: NewParticipant): Promise<ParticipantRecord> {
  const data: Record<string, string> =
    "identity" in participant
      ? { Identity: participant.identity }
      : { "MessagingBinding.Address": participant.address, "MessagingBinding.ProxyAddress": participant.proxyAddress };
  if (participant.attributes) data.Attributes = JSON.stringify(participant.attributes);
  const uri = conversationsUrl(`${conversationPath(ref)}/Participants`);
  return toParticipant(await requestJson(client, { method: "post", uri, data }));
}

export async function listParticipants(
  client: TwilioClient,
  ref: ConversationRef,
  window: ListWindow,
): Promise<BoundedList<ParticipantRecord>> {
  const list = { path: `${conversationPath(ref)}/Participants`, key: "participants", noun: "participants of this conversation" };
  return readConversationsList(client, list, window, toParticipant);
}

export async function removeParticipant(
  client: TwilioClient,
  ref: ConversationRef,
  participantSid: string,
): Promise<{ removed: true; participantSid: string }> {
  const sid = checkedSid("conversationParticipant", participantSid, "ParticipantSid");
  await requestJson(client, { method: "delete", uri: conversationsUrl(`${conversationPath(ref)}/Participants/${sid}`) });
  return { removed: true, participantSid: sid };
}
