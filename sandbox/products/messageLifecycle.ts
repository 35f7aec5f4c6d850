import type { SandboxContext } from "../core/types";
import { emitEvent } from "./events/emit";
import { DELIVER_AFTER_MS, FINISHED, type MessageLog, SEND_AFTER_MS, SENDING_AFTER_MS, type StoredMessage } from "./messageLog";

/**
 * How a message moves on the sandbox clock: scheduled -> queued at its SendAt, sending half a
 * second later (no callback, as with Twilio), sent a second after its SendAt,
 * then delivered (or undelivered/failed, for the numbers /__sandbox/messages/outcome marks so) a
 * second after that; each step is posted to its StatusCallback and emitted to Event Streams.
 * Returns the function that moves one message up to `now`.
 */
export function messageLifecycle(context: SandboxContext) {
  const callback = (message: StoredMessage) => {
    const account = context.account(message.account_sid);
    if (!message.statusCallback || !account) return;
    void context.callbacks.deliver({
      url: message.statusCallback,
      authToken: account.authToken,
      params: {
        AccountSid: message.account_sid,
        ApiVersion: "2010-04-01",
        From: message.from ?? "",
        To: message.to,
        MessageSid: message.sid,
        SmsSid: message.sid,
        MessageStatus: message.status,
        SmsStatus: message.status,
        ...(message.messaging_service_sid ? { MessagingServiceSid: message.messaging_service_sid } : {}),
        ...(message.error_code !== null ? { ErrorCode: String(message.error_code) } : {}),
      },
    });
  };

  const advance = (message: StoredMessage, log: MessageLog, now: number) => {
    if (message.sendAt === null || FINISHED.has(message.status)) return;
    const step = (status: string, at: number) => {
      message.status = status;
      message.date_updated = at;
      callback(message);
      emitEvent(context, message.account_sid, {
        type: `com.twilio.messaging.message.${status}`,
        subject: message.sid,
        data: {
          messageSid: message.sid,
          accountSid: message.account_sid,
          from: message.from,
          to: message.to,
          messageStatus: status.toUpperCase(),
          errorCode: message.error_code,
          timestamp: new Date(at).toISOString(),
        },
      });
    };
    if (message.status === "scheduled" && now >= message.sendAt) step("queued", message.sendAt);
    // Twilio calls back for neither the initial status nor the short-lived "sending".
    if (message.status === "queued" && now >= message.sendAt + SENDING_AFTER_MS) {
      message.status = "sending";
      message.date_updated = message.sendAt + SENDING_AFTER_MS;
    }
    if (message.status === "sending" && now >= message.sendAt + SEND_AFTER_MS) {
      message.date_sent = message.sendAt + SEND_AFTER_MS;
      step("sent", message.date_sent);
    }
    if (message.status === "sent" && now >= (message.date_sent ?? now) + DELIVER_AFTER_MS) {
      const failure = log.outcomes.get(message.to);
      if (failure) {
        message.error_code = failure.errorCode;
        message.error_message = "The message could not be delivered";
      }
      step(failure?.status ?? "delivered", (message.date_sent ?? now) + DELIVER_AFTER_MS);
    }
  };

  return advance;
}
