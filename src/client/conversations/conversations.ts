import type { Element } from "@prismatic-io/spectral";
import type { BoundedList } from "../paging";
import { byLabel, PICKLIST_LIMIT } from "../picklists";
import { requestJson } from "../transport/jsonRequest";
import type { TwilioClient } from "../twilioClient";
import { type ConversationRecord, toConversation } from "./records";
import {
  type ConversationRef,
  type ConversationScope,
  conversationPath,
  conversationsUrl,
  type ListWindow,
  readConversationsList,
  scopePath,
} from "./scope";

type ConversationState = "active" | "inactive" | "closed";

interface ConversationFields {
  friendlyName?: string;
  uniqueName?: string;
  /** Sent to Twilio as a JSON string. */
  attributes?: Record<string, unknown>;
  state?: ConversationState;
  /** ISO 8601 durations (PT10M) after which the conversation becomes inactive, or closed. */
  timerInactive?: string;
  timerClosed?: string;
}

function formOf(fields: ConversationFields): Record<string, string> {
  const data: Record<string, string> = {};
  if (fields.friendlyName !== undefined) data.FriendlyName = fields.friendlyName;
  if (fields.uniqueName !== undefined) data.UniqueName = fields.uniqueName;
  if (fields.attributes !== undefined) data.Attributes = JSON.stringify(fields.attributes);
  if (fields.state !== undefined) data.State = fields.state;
  if (fields.timerInactive !== undefined) data["Timers.Inactive"] = fields.timerInactive;
  if (fields.timerClosed !== undefined) data["Timers.Closed"] = fields.timerClosed;
  return data;
}

export async function createConversation(
  client: TwilioClient,
  scope: ConversationScope,
  fields: ConversationFields,
): Promise<ConversationRecord> {
  // Timers need a State on create (Twilio's 50382): active is what a new conversation is anyway.
  const withState = (fields.timerInactive || fields.timerClosed) && !fields.state ? { ...fields, state: "active" as const } : fields;
  const uri = conversationsUrl(`${scopePath(scope)}/Conversations`);
  return toConversation(await requestJson(client, { method: "post", uri, data: formOf(withState) }));
}

export async function getConversation(client: TwilioClient, ref: ConversationRef): Promise<ConversationRecord> {
  return toConversation(await requestJson(client, { method: "get", uri: conversationsUrl(conversationPath(ref)) }));
}

export async function updateConversation(
  client: TwilioClient,
  ref: ConversationRef,
  fields: ConversationFields,
): Promise<ConversationRecord> {
  const uri = conversationsUrl(conversationPath(ref));
  return toConversation(await requestJson(client, { method: "post", uri, data: formOf(fields) }));
}

/** Deletes the conversation with its messages and participants; Twilio answers 204. */
export async function deleteConversation(client: TwilioClient, ref: ConversationRef): Promise<{ deleted: true; conversation: string }> {
  await requestJson(client, { method: "delete", uri: conversationsUrl(conversationPath(ref)) });
  return { deleted: true, conversation: ref.conversation };
}

export async function listConversations(
  client: TwilioClient,
  scope: ConversationScope & { state?: ConversationState },
  window: ListWindow,
): Promise<BoundedList<ConversationRecord>> {
  const list = {
    path: `${scopePath(scope)}/Conversations`,
    key: "conversations",
    query: scope.state ? { State: scope.state } : undefined,
    noun: "conversations",
  };
  return readConversationsList(client, list, window, toConversation);
}

/** Labelled "Order 1234 support · active (CH...)", newest first as Twilio lists them. */
export async function conversationChoices(client: TwilioClient, scope: ConversationScope): Promise<Element[]> {
  const { items } = await listConversations(client, scope, { limit: PICKLIST_LIMIT });
  return items.map((conversation) => ({
    key: conversation.sid,
    label: `${conversation.friendlyName ?? conversation.uniqueName ?? "Unnamed conversation"} · ${conversation.state ?? "unknown state"} (${conversation.sid})`,
  }));
}

/** Labelled "Support desk (IS...)". */
export async function conversationServiceChoices(client: TwilioClient): Promise<Element[]> {
  const { items } = await readConversationsList(
    client,
    { path: "/v1/Services", key: "services", noun: "Conversation Services" },
    { limit: PICKLIST_LIMIT },
    (body) => ({ sid: String(body.sid ?? ""), friendlyName: typeof body.friendly_name === "string" ? body.friendly_name : "" }),
  );
  return items
    .map((service) => ({ key: service.sid, label: `${service.friendlyName || "Unnamed service"} (${service.sid})` }))
    .sort(byLabel);
}
