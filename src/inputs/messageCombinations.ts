import type { OutgoingMessage } from "../client/messages/messages";
import { InputError } from "../client/transport/errors";

const MIN_SCHEDULE_LEAD_MS = 5 * 60 * 1000;
const MAX_SCHEDULE_LEAD_MS = 35 * 24 * 60 * 60 * 1000;

/**
 * The combinations of a message's inputs that Twilio requires, checked when the inputs are read
 * so a builder learns what to fix before anything is sent, in Send Message and Send Bulk Messages alike.
 */
export function checkMessageCombinations(message: Omit<OutgoingMessage, "to">, now: Date = new Date()): void {
  const messagingServiceSid =
    message.messagingServiceSid ??
    (message.sender && "messagingServiceSid" in message.sender ? message.sender.messagingServiceSid : undefined);
  const from = message.sender && "from" in message.sender ? message.sender.from : undefined;
  if (!from && !messagingServiceSid) {
    throw new InputError("From", "a sender: set From or Messaging Service SID", "");
  }
  if (!message.body && message.mediaUrls.length === 0 && !message.contentSid) {
    throw new InputError("Message", "a body, Media URLs or a Content Template SID: Twilio needs at least one", "");
  }
  if (message.contentVariables && !message.contentSid) {
    throw new InputError("Content Variables", "a Content Template SID as well: variables only fill a template");
  }
  if (message.checkContentVariables && !message.contentSid) {
    throw new InputError("Check Content Variables", "a Content Template SID as well: there is nothing to check the variables against");
  }
  if (message.shortenUrls && !messagingServiceSid) {
    throw new InputError("Shorten URLs", "a Messaging Service SID as well: link shortening is a Messaging Service feature");
  }
  if (message.sendAt) {
    if (!messagingServiceSid) {
      throw new InputError("Send At", "a Messaging Service SID as well: only Messaging Services can schedule messages");
    }
    const lead = message.sendAt.getTime() - now.getTime();
    if (lead <= MIN_SCHEDULE_LEAD_MS || lead > MAX_SCHEDULE_LEAD_MS) {
      throw new InputError("Send At", "a time more than 5 minutes and at most 35 days from now", message.sendAt.toISOString());
    }
  }
}
