import type { ActionInputParameters } from "@prismatic-io/spectral";
import type { BulkRecipientResult, BulkSendResult } from "../client/messages/bulkRows";
import { toCreateOptions } from "../client/messages/messages";
import type { ReplyResult } from "../client/messages/replies";
import { bulkSendExample } from "../examplePayloads/bulk";
import { canceledMessageExample, deletedMessageExample, redactedMessageExample } from "../examplePayloads/messageLifecycle";
import { sendResultExample } from "../examplePayloads/messages";
import { replyExample } from "../examplePayloads/replies";
import { toBulkRecipients } from "../inputs/bulk";
import { type messageContentInputs, toMessageContent } from "../inputs/messages";
import { toRecipientWithDefaultCountry } from "../inputs/recipients";

/**
 * What the designer shows for the message actions that must not run there: the example payload
 * with the builder's own values put in. The inputs go through the same checks as a real send
 * (a missing sender, a To on another channel, a Send At without a Messaging Service fail here as
 * they would), and nothing is sent.
 */
type Content = ActionInputParameters<typeof messageContentInputs>;

function exampleMessage(content: Content, to: string) {
  const options = toCreateOptions({ ...toMessageContent(content), to });
  return {
    ...sendResultExample,
    to: options.to,
    from: options.from ?? null,
    messagingServiceSid: options.messagingServiceSid ?? null,
    body: options.body ?? "",
    numMedia: String(options.mediaUrl?.length ?? 0),
    status: options.sendAt ? "scheduled" : options.messagingServiceSid ? "accepted" : "queued",
  };
}

export function exampleSend(values: Content & { to: string; defaultCountryCode?: string }) {
  return { data: exampleMessage(values, toRecipientWithDefaultCountry("To", values.to, values.defaultCountryCode)) };
}

/** Every recipient as sent: the builder sees one row per recipient of the list, in its order. */
export function exampleBulkSend(values: Content & { recipients: string[]; defaultCountryCode?: string }) {
  const [sample] = bulkSendExample.results;
  // The message itself is checked once, as the real bulk send checks it before its first recipient.
  exampleMessage(values, sample.to);
  const seen = new Set<string>();
  const results: BulkRecipientResult[] = [];
  let invalid = 0;
  for (const entry of toBulkRecipients(values.recipients, values.defaultCountryCode, toMessageContent(values).sender)) {
    if (!("to" in entry)) {
      invalid++;
      results.push({
        ...sample,
        to: entry.invalid,
        success: false,
        outcome: "invalid",
        messageSid: null,
        messageStatus: null,
        errorMessage: entry.reason,
        lineType: null,
      });
      continue;
    }
    if (seen.has(entry.to)) continue;
    seen.add(entry.to);
    results.push({ ...sample, to: entry.to, lineType: null, messageSid: `SM${String(results.length).padStart(32, "0")}` });
  }
  const sent = results.length - invalid;
  const data: BulkSendResult = {
    status: invalid === 0 ? "succeeded" : sent === 0 ? "failed" : "partially_succeeded",
    sentCount: sent,
    failedCount: invalid,
    unknownCount: 0,
    duplicatesMerged: values.recipients.length - results.length,
    skippedLandlines: 0,
    skippedInvalidNumbers: 0,
    skippedLookupFailures: 0,
    optedOutCount: 0,
    results,
    remainingCount: 0,
    continueFrom: null,
  };
  return { data };
}

export function exampleReply(values: { from: string; to?: string; defaultCountryCode?: string; since?: Date }) {
  const from = toRecipientWithDefaultCountry("Reply From", values.from, values.defaultCountryCode);
  const data: ReplyResult = {
    ...replyExample,
    message: { ...replyExample.message, from, to: values.to ?? replyExample.message?.to },
    since: (values.since ?? new Date()).toISOString(),
  };
  return { data };
}

export const exampleCancelMessage = ({ sid }: { sid: string }) => ({ data: { ...canceledMessageExample, sid } });
export const exampleRedactMessage = ({ sid }: { sid: string }) => ({ data: { ...redactedMessageExample, sid } });
export const exampleDeleteMessage = ({ sid }: { sid: string }) => ({ data: { ...deletedMessageExample, sid } });
