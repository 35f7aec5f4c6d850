import type { MessageInstance } from "twilio/lib/rest/api/v2010/account/message";
import type { MediaInstance } from "twilio/lib/rest/api/v2010/account/message/media";
import type { MessageMediaList } from "../client/media/media";
import type { BulkRecipientResult, BulkSendResult } from "../client/messages/bulkRows";
import type { DeletedMessage } from "../client/messages/lifecycle";
import type { MessageListResult } from "../client/messages/list";
import type { ReplyResult } from "../client/messages/replies";
import {
  actionOutput,
  extend,
  flag,
  integer,
  integerOrNull,
  list,
  mapOrNull,
  nullable,
  oneOf,
  oneOfOrNull,
  record,
  text,
  textOrNull,
  timeOrNull,
} from "./fields";

/** toMessageRecord's output: twilio-node's message as JSON. */
type MessageJson = ReturnType<MessageInstance["toJSON"]>;
type MediaJson = ReturnType<MediaInstance["toJSON"]>;

export const pageFields = {
  nextPageUri: textOrNull('Pass to "Continue From" to get the items after these; null when there are no more.'),
  hasMore: flag("True when more items match than were returned."),
};

const messageSchema = record<MessageJson>()(
  "A message, as Twilio keeps it.",
  {
    sid: text("The message's SID (SM... or MM...): use it in Get Message, Redact Message or Delete Message."),
    accountSid: textOrNull("The account the message belongs to (AC...)."),
    to: textOrNull("The recipient: a phone number in E.164 or a channel address such as whatsapp:+15558675310."),
    from: textOrNull("The sender: a number, short code, sender ID or channel address; null until a Messaging Service picks one."),
    messagingServiceSid: textOrNull("The Messaging Service that sent it (MG...), if any."),
    body: textOrNull("The text of the message; empty once redacted."),
    status: textOrNull("queued, sending, sent, delivered, undelivered, failed, received, scheduled, canceled, read..."),
    direction: textOrNull("outbound-api (sent by the API), outbound-reply, outbound-call or inbound (received)."),
    numSegments: textOrNull("How many SMS segments it took (each billed)."),
    numMedia: textOrNull("How many media items it carries."),
    price: textOrNull("What Twilio charged, negative, in priceUnit; null until known."),
    priceUnit: textOrNull("The currency of price, such as USD."),
    errorCode: integerOrNull("Twilio's error code when it failed or was not delivered."),
    errorMessage: textOrNull("What went wrong, when it failed."),
    dateCreated: timeOrNull("When Twilio created it."),
    dateUpdated: timeOrNull("When it last changed."),
    dateSent: timeOrNull("When it was sent or received; null while queued or scheduled."),
    apiVersion: textOrNull("The REST API version, 2010-04-01."),
    uri: textOrNull("Its REST path."),
    subresourceUris: mapOrNull("REST paths of its media and feedback."),
  },
  "asTwilioSent",
);

const sentFields = {
  reconciled: flag("True when the answer to the send was lost and the message was found in the message log instead of being sent again."),
  replayed: flag("True when an earlier run with the same Idempotency Key had sent it: nothing was sent this time."),
};

export const sentMessageOutput = actionOutput(extend(messageSchema, "The message sent.", sentFields));
export const messageOutput = actionOutput(messageSchema);

export const messageListOutput = actionOutput(
  record<MessageListResult>()("Messages, newest first.", {
    messages: list(messageSchema, "The messages found, up to the limit."),
    ...pageFields,
  }),
);

export const deletedMessageOutput = actionOutput(
  record<DeletedMessage>()("The message deleted.", {
    sid: text("The SID of the message deleted."),
    deleted: flag("Always true: Twilio confirmed the deletion."),
  }),
);

export const replyOutput = actionOutput(
  record<ReplyResult>()("The reply, or that none came in time.", {
    replied: flag("True when a reply came in before the timeout."),
    message: nullable(messageSchema, "The first message received from the number since the start; null when none came in time."),
    since: text("The start of the wait (ISO 8601): only messages received from then on count."),
    waitedSeconds: integer("How long the step waited, in seconds."),
    polls: integer("How many times the message log was read."),
  }),
);

const BULK_OUTCOMES = ["sent", "reconciled", "replayed", "failed", "invalid", "skipped", "unknown"] as const;

const bulkRowSchema = record<BulkRecipientResult>()("What happened for one recipient.", {
  to: text("The recipient as sent to (E.164 or channel address), or as entered when it was not valid."),
  success: flag("True when the message was created (sent, reconciled or replayed)."),
  outcome: oneOf(
    BULK_OUTCOMES,
    "sent; reconciled (found after a lost answer); replayed (sent by an earlier run); failed; invalid; skipped; unknown (may have been sent).",
  ),
  messageSid: textOrNull("The SID of the message created."),
  messageStatus: textOrNull("Twilio's status for the message created: queued, accepted, scheduled..."),
  errorCode: integerOrNull("Twilio's error code when Twilio refused the message."),
  errorMessage: textOrNull("Why it was not sent, or why it may have been."),
  lineType: textOrNull("With Check Line Type First: what Lookup found (mobile, landline, fixedVoip...)."),
  skipped: oneOfOrNull(["landline", "invalidNumber", "lookupFailed"], "Why it was not sent after its line type was checked."),
  optedOut: flag("True when Twilio refused it because the recipient opted out (replied STOP)."),
});

export const bulkSendOutput = actionOutput(
  record<BulkSendResult>()("What the bulk send did, in total and per recipient.", {
    status: oneOf(["succeeded", "partially_succeeded", "failed"], "succeeded (all sent), partially_succeeded or failed (none sent)."),
    sentCount: integer("Recipients sent to."),
    failedCount: integer("Recipients not sent to: refused, invalid or skipped."),
    unknownCount: integer("Recipients whose message may have been sent: check the message log before resending."),
    duplicatesMerged: integer("Entries that were the same number as an earlier one: each number is sent to once."),
    skippedLandlines: integer("Recipients skipped because Lookup found a landline."),
    skippedInvalidNumbers: integer("Recipients skipped because Lookup found the number not valid."),
    skippedLookupFailures: integer("Recipients skipped because Lookup could not check them."),
    optedOutCount: integer("Recipients who opted out (21610): they must text START to receive messages again."),
    results: list(bulkRowSchema, "One row per distinct recipient handled by this step, in list order."),
    remainingCount: integer("Recipients not started because the time budget ran out."),
    continueFrom: textOrNull(
      'Pass to "Continue From" of another Send Bulk Messages step to send to the remaining recipients; null when done.',
    ),
  }),
);

const mediaSchema = record<MediaJson>()(
  "A media item of a message.",
  {
    sid: text("The media item's SID (ME...): use it in Download Message Media."),
    accountSid: textOrNull("The account it belongs to (AC...)."),
    parentSid: textOrNull("The SID of the message it belongs to."),
    contentType: textOrNull("Its MIME type, such as image/jpeg."),
    dateCreated: timeOrNull("When Twilio stored it."),
    dateUpdated: timeOrNull("When it last changed."),
    uri: textOrNull("Its REST path."),
  },
  "asTwilioSent",
);

export const mediaListOutput = actionOutput(
  record<MessageMediaList>()("The message's media items.", { media: list(mediaSchema, "Its media items (at most 10).") }),
);
