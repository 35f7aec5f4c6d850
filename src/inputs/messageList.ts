import { input } from "@prismatic-io/spectral";
import type { ListMessagesRequest } from "../client/messages/list";
import { InputError } from "../client/transport/errors";
import { cleanDate, cleanDateTime, cleanRecipient, cleanSender } from "./clean";
import { CONTINUE_FROM, continueFromInput, limitInput, pageSizeInput } from "./lists";

const CONVERSATION_WITH = "Conversation With";

export const toFilter = input({
  label: "To",
  type: "string",
  required: false,
  example: "+15558675310",
  comments: "Only messages sent to this phone number or channel address (E.164).",
  clean: cleanRecipient("To"),
});

export const fromFilter = input({
  label: "From",
  type: "string",
  required: false,
  example: "+15017122661",
  comments: "Only messages sent from this phone number, short code, sender ID or channel address.",
  clean: (value: unknown): string | undefined => {
    const sender = cleanSender("From")(value);
    if (sender && "messagingServiceSid" in sender) {
      throw new InputError(
        "From",
        "a phone number, short code or sender ID: Twilio cannot filter messages by Messaging Service",
        sender.messagingServiceSid,
      );
    }
    return sender?.from;
  },
});

export const conversationWith = input({
  label: CONVERSATION_WITH,
  type: "string",
  required: false,
  example: "+15017122661",
  comments:
    "Set with To or From (not both) to list the whole conversation between the two numbers: messages in both directions, newest first, up to the limit. Continue From is not available then: set Sent Before to the oldest dateSent returned to read further back.",
  clean: (value: unknown): string | undefined => {
    const sender = cleanSender(CONVERSATION_WITH)(value);
    if (sender && "messagingServiceSid" in sender) {
      throw new InputError(
        CONVERSATION_WITH,
        "a phone number, short code or channel address: a Messaging Service is not a party to a conversation",
        sender.messagingServiceSid,
      );
    }
    return sender?.from;
  },
});

export const dateSent = input({
  label: "Date Sent On",
  type: "string",
  required: false,
  example: "2026-11-20",
  comments: "Only messages sent on this UTC day (YYYY-MM-DD).",
  clean: cleanDate("Date Sent On"),
});

export const dateSentBefore = input({
  label: "Sent Before",
  type: "string",
  required: false,
  example: "2026-11-20T12:00:00Z",
  comments: "Only messages sent before this date or time (ISO 8601). Twilio filters whole days; the component trims to the exact time.",
  clean: cleanDateTime("Sent Before"),
});

export const dateSentAfter = input({
  label: "Sent After",
  type: "string",
  required: false,
  example: "2026-11-19T08:00:00Z",
  comments:
    "Only messages sent at or after this date or time (ISO 8601). Twilio filters whole days; the component trims to the exact time.",
  clean: cleanDateTime("Sent After"),
});

export const limit = limitInput("messages");

export const pageSize = pageSizeInput("messages");

export const continueFrom = continueFromInput(
  "List Messages",
  "messages",
  "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Messages.json?PageSize=50&Page=1&PageToken=PASM...",
);

/** List Messages' inputs together: Conversation With takes exactly one of To and From beside it, and no Continue From. */
export function toMessageListRequest(request: ListMessagesRequest): ListMessagesRequest {
  const { query, conversationWith, continueFrom } = request;
  if (conversationWith === undefined) return request;
  if (continueFrom) {
    throw new InputError(
      CONTINUE_FROM,
      `to be empty when ${CONVERSATION_WITH} is set: to read further back, set Sent Before to the oldest dateSent returned`,
      continueFrom,
    );
  }
  if (query.to && query.from) {
    throw new InputError(
      CONVERSATION_WITH,
      "only one of To or From set beside it: the conversation is between that number and this one",
      conversationWith,
    );
  }
  if (!query.to && !query.from) {
    throw new InputError(
      CONVERSATION_WITH,
      "To or From set as well: the conversation is between that number and this one",
      conversationWith,
    );
  }
  return request;
}
