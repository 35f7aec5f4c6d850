import type { MessageInstance, MessageListInstanceCreateOptions } from "twilio/lib/rest/api/v2010/account/message";
import type { Sender } from "../identifiers/addresses";
import { TwilioApiError } from "../transport/errors";
import { redactSecrets } from "../transport/secrets";
import type { TwilioClient } from "../twilioClient";
import { checkSameChannel } from "./channels";
import { createMessageOnce } from "./createOnce";

export interface OutgoingMessage {
  to: string;
  sender?: Sender;
  messagingServiceSid?: string;
  body?: string;
  mediaUrls: string[];
  contentSid?: string;
  contentVariables?: string;
  /** Check ContentVariables against the template's placeholders before sending (one more request). */
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
  if (!outcome.created) throw new MayHaveBeenSentError(options.to, outcome.unknownBecause);
  return { ...toMessageRecord(outcome.created), reconciled: outcome.reconciled, replayed: false };
}

/** The one outcome that is neither success nor refusal: said as such, so nobody resends blindly or assumes it arrived. */
export class MayHaveBeenSentError extends TwilioApiError {
  /** Why, secrets scrubbed: an error may be serialized into run logs with its own fields. */
  readonly because: string;

  constructor(
    readonly to: string,
    because: string,
  ) {
    const fix = "check the message log before resending (Twilio's Messages list, or Twilio Console > Monitor > Messaging).";
    super(`The message to ${to} may have been sent: ${because}: ${fix}`, { fix });
    this.because = redactSecrets(because);
  }
}

export async function fetchMessage(client: TwilioClient, sid: string): Promise<MessageRecord> {
  const fetched = await client.messages(sid).fetch();
  return toMessageRecord(fetched);
}
