import { badRequest } from "../core/errors";
import type { ControlRoute, SandboxContext } from "../core/types";
import { emitEvent } from "./events/emit";
import { inboundTarget } from "./inboundTargets";
import { historyOf } from "./messageHistory";
import { messageJson, messageLog, newMessage, segments } from "./messageLog";

/**
 * The messages' control endpoints: an incoming message (kept, emitted to Event Streams and sent,
 * signed, to the number's or its Messaging Service's URL), how messages to a number end, messages
 * as if sent earlier, a synthetic history too long to keep, and every message kept.
 */
export function messageControls(context: SandboxContext): ControlRoute[] {
  const { clock } = context;
  return [
    {
      method: "POST",
      path: "incoming/messages",
      handle: async (body) => {
        const to = String(body.To ?? "");
        const target = inboundTarget(context, to, "sms");
        const accountSid = String(body.AccountSid ?? target?.accountSid ?? context.accounts()[0]?.sid);
        const account = context.account(accountSid);
        if (!account) throw badRequest(20404, `No account owns ${to}: add the number first (POST /__sandbox/numbers)`);
        const now = clock.now();
        const message = newMessage({
          sid: context.sid("SM"),
          account_sid: account.sid,
          to,
          from: String(body.From ?? ""),
          body: String(body.Body ?? ""),
          messaging_service_sid: target?.messagingServiceSid ?? null,
          direction: "inbound",
          status: "received",
          date_created: now,
          date_sent: now,
        });
        messageLog(context, account.sid).messages.push(message);
        emitEvent(context, account.sid, {
          type: "com.twilio.messaging.inbound-message.received",
          subject: message.sid,
          data: {
            messageSid: message.sid,
            accountSid: account.sid,
            from: message.from,
            to,
            body: message.body,
            numMedia: 0,
            timestamp: new Date(now).toISOString(),
          },
        });
        const url = String(body.Url ?? target?.url ?? "");
        if (!url) return { message: messageJson(message), delivery: null };
        const delivery = await context.callbacks.deliver({
          url,
          method: String(body.Method ?? target?.method ?? "POST"),
          authToken: account.authToken,
          params: {
            ToCountry: "US",
            SmsMessageSid: message.sid,
            NumMedia: "0",
            SmsSid: message.sid,
            SmsStatus: "received",
            Body: message.body,
            To: message.to,
            NumSegments: segments(message.body),
            MessageSid: message.sid,
            AccountSid: account.sid,
            From: message.from ?? "",
            ApiVersion: "2010-04-01",
            ...(message.messaging_service_sid ? { MessagingServiceSid: message.messaging_service_sid } : {}),
          },
        });
        return { message: messageJson(message), delivery };
      },
    },
    {
      method: "POST",
      path: "messages/outcome",
      handle: (body) => {
        const status = body.status === "failed" ? "failed" : "undelivered";
        for (const account of context.accounts()) {
          messageLog(context, account.sid).outcomes.set(String(body.to), { status, errorCode: Number(body.errorCode ?? 30003) });
        }
        return { to: body.to, status };
      },
    },
    {
      // A message as if sent earlier (another step, another run, or received): for tests of reconciliation and polling.
      // DateSent: epoch ms, or null for one not sent yet; Sid and Direction (inbound) optional.
      method: "POST",
      path: "messages/seed",
      handle: (body) => {
        const account = context.account(String(body.AccountSid ?? context.accounts()[0]?.sid));
        if (!account) throw badRequest(20404, "No such account");
        const sentAt = typeof body.DateSent === "number" ? body.DateSent : undefined;
        const at = sentAt ?? clock.now() - Number(body.CreatedSecondsAgo ?? 0) * 1000;
        const direction = body.Direction === "inbound" ? "inbound" : "outbound-api";
        const status = String(body.Status ?? (body.DateSent === null ? "queued" : direction === "inbound" ? "received" : "delivered"));
        const message = newMessage({
          sid: typeof body.Sid === "string" ? body.Sid : context.sid("SM"),
          account_sid: account.sid,
          to: String(body.To),
          from: body.From === undefined ? null : String(body.From),
          body: String(body.Body ?? ""),
          messaging_service_sid: body.MessagingServiceSid === undefined ? null : String(body.MessagingServiceSid),
          direction,
          status,
          date_created: at,
          date_sent: body.DateSent === null || ["queued", "scheduled", "accepted"].includes(status) ? null : at,
        });
        messageLog(context, account.sid).messages.push(message);
        return messageJson(message);
      },
    },
    {
      // Count messages delivered before everything else, made on demand per page and never stored (see messageHistory.ts).
      method: "POST",
      path: "messages/history",
      handle: (body) => {
        const accountSid = String(body.AccountSid ?? context.accounts()[0]?.sid);
        const history = {
          count: Number(body.Count ?? 0),
          newest: clock.now() - 1000,
          spacingMs: Number(body.SecondsApart ?? 1) * 1000,
          to: String(body.To ?? "+15558675310"),
          from: String(body.From ?? "+15017122661"),
          body: String(body.Body ?? "Your order #1234 has shipped."),
        };
        historyOf(context, accountSid).history = history;
        return { accountSid, count: history.count };
      },
    },
    {
      method: "GET",
      path: "messages",
      handle: () => ({
        messages: context.accounts().flatMap((account) => messageLog(context, account.sid).messages.map(messageJson)),
      }),
    },
  ];
}
