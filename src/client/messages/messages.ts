import type { MessageInstance, MessageListInstanceCreateOptions } from "twilio/lib/rest/api/v2010/account/message";
import { channelOf, type Sender } from "../identifiers/addresses";
import { InputError, TwilioApiError } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";
import { createMessageOnce } from "./createOnce";

export interface OutgoingMessage {
  to: string;
  sender?: Sender;
  messagingServiceSid?: string;
  body?: string;
  mediaUrls: string[];
  contentSid?: string;
  contentVariables?: string;
  /** Check Content Variables against the template's placeholders before sending (one more request). */
  checkContentVariables?: boolean;
  statusCallback?: string;
  sendAt?: Date;
  validityPeriod?: number;
  shortenUrls: boolean;
}

/** Twilio's create options for a message; the inputs have checked the combinations Twilio requires (inputs/messageCombinations.ts). */
export function toCreateOptions(message: OutgoingMessage): MessageListInstanceCreateOptions {
  const messagingServiceSid =
    message.messagingServiceSid ??
    (message.sender && "messagingServiceSid" in message.sender ? message.sender.messagingServiceSid : undefined);
  const from = message.sender && "from" in message.sender ? message.sender.from : undefined;
  if (message.to) checkSameChannel("To", message.to, from);
  return {
    to: message.to,
    from,
    messagingServiceSid,
    body: message.body,
    mediaUrl: message.mediaUrls.length > 0 ? message.mediaUrls : undefined,
    contentSid: message.contentSid,
    contentVariables: message.contentVariables,
    statusCallback: message.statusCallback,
    validityPeriod: message.validityPeriod,
    shortenUrls: message.shortenUrls || undefined,
    ...(message.sendAt ? { sendAt: message.sendAt, scheduleType: "fixed" as const } : {}),
  };
}

/** Channels whose senders reach only their own channel's addresses; an RCS sender texts plain phone numbers. */
const ADDRESSED_CHANNELS = new Set(["whatsapp", "messenger"]);

/**
 * Twilio refuses a To and From on different channels (21910), such as a "whatsapp:" recipient
 * with an SMS number, and only after the request: checked here for every recipient before
 * anything is sent. A Messaging Service picks a sender of the recipient's channel itself, so it
 * is never a mismatch.
 */
export function checkSameChannel(input: string, to: string, from: string | undefined): void {
  if (!from) return;
  const toChannel = channelOf(to);
  const fromChannel = channelOf(from);
  if (toChannel === fromChannel || (!ADDRESSED_CHANNELS.has(toChannel) && !ADDRESSED_CHANNELS.has(fromChannel))) return;
  const expected =
    toChannel === "sms"
      ? `a "${fromChannel}:" recipient such as "${fromChannel}:+15558675310", since From "${from}" sends on ${fromChannel} only; to text a phone number, send from an SMS number or a Messaging Service`
      : `a "${toChannel}:" sender in From for a "${toChannel}:" recipient (From "${from}" sends ${fromChannel === "sms" ? "SMS" : `on ${fromChannel}`}), or a Messaging Service with a ${toChannel} sender`;
  throw new InputError(input, expected, to);
}

/** A message as builders see it in a step's output: plain JSON, dates as ISO 8601 strings. */
export type MessageRecord = Record<string, unknown>;

export function toMessageRecord(instance: MessageInstance): MessageRecord {
  return JSON.parse(JSON.stringify(instance.toJSON()));
}

/** A message this step created (or found it had created: `reconciled`, or created earlier under its key: `replayed`). */
export type SentMessage = MessageRecord & { reconciled: boolean; replayed: boolean };

/** Sends once, resolving an ambiguous failure against the message log (createOnce.ts). */
export async function sendMessage(client: TwilioClient, options: MessageListInstanceCreateOptions): Promise<SentMessage> {
  const outcome = await createMessageOnce(client, options);
  if (!outcome.created) throw mayHaveBeenSentError(options.to, outcome.unknownBecause);
  return { ...toMessageRecord(outcome.created), reconciled: outcome.reconciled, replayed: false };
}

/** The one outcome that is neither success nor refusal: said as such, so nobody resends blindly or assumes it arrived. */
function mayHaveBeenSentError(to: string, because: string): TwilioApiError {
  const fix = "check the message log before resending (List Messages, or Twilio Console > Monitor > Messaging).";
  return new TwilioApiError(`The message to ${to} may have been sent: ${because}: ${fix}`, { fix });
}

export async function fetchMessage(client: TwilioClient, sid: string): Promise<MessageRecord> {
  const fetched = await client.messages(sid).fetch();
  return toMessageRecord(fetched);
}
