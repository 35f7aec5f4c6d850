import { dayOf } from "../core/dayFilter";
import { badRequest, notFound, SandboxError, twilioError } from "../core/errors";
import { concatLists, v2010Page } from "../core/paging";
import type { ControlRoute, Product, ProductFactory, SandboxRequest } from "../core/types";
import { emitEvent } from "./events";
import { inboundTarget } from "./incomingPhoneNumbers";
import { historyList, historyMessage, historyOf } from "./messageHistory";
import {
  contentTypeOf,
  DELIVER_AFTER_MS,
  FINISHED,
  type MessageLog,
  mediaJson,
  messageJson,
  messageLog,
  newMessage,
  SEND_AFTER_MS,
  SENDING_AFTER_MS,
  type StoredMessage,
  segments,
} from "./messageLog";
import { messageRefusal } from "./testCredentials";

/**
 * Messages and their media (api.twilio.com 2010-04-01). A message is created queued (or
 * scheduled), then sending, sent and delivered (or failed/undelivered, for the numbers the control
 * endpoint marks so) as the sandbox clock passes, with a status callback at each step.
 * Incoming messages are simulated through /__sandbox/incoming/messages.
 */

function newestFirst(a: StoredMessage, b: StoredMessage): number {
  // Twilio lists messages not yet sent first, then by date sent, newest first.
  return Number(b.date_sent === null) - Number(a.date_sent === null) || (b.date_sent ?? b.date_created) - (a.date_sent ?? a.date_created);
}

export const messages: ProductFactory = (context) => {
  const { clock } = context;
  const find = (request: SandboxRequest, sid: string) => {
    const message = messageLog(context, request.account.sid).messages.find((candidate) => candidate.sid === sid);
    if (!message) throw notFound(`The requested resource /2010-04-01/Accounts/${request.account.sid}/Messages/${sid}.json`);
    return message;
  };

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

  const create = (request: SandboxRequest) => {
    const { body: form, account } = request;
    if (!form.From && !form.MessagingServiceSid) throw badRequest(21603, "A 'From' phone number is required.");
    const mediaUrls = (form.MediaUrl as string[] | undefined) ?? [];
    if (!form.Body && mediaUrls.length === 0 && !form.ContentSid) throw badRequest(21602, "Message body is required.");
    const scheduled = form.ScheduleType === "fixed";
    if (scheduled && !form.MessagingServiceSid) throw badRequest(35111, "MessagingServiceSid is required to schedule a message.");
    const refused = account.test ? messageRefusal(form.From, form.To) : undefined;
    if (refused) throw refused;
    const now = clock.now();
    const message = newMessage({
      sid: context.sid(mediaUrls.length ? "MM" : "SM"),
      account_sid: account.sid,
      to: String(form.To),
      from: form.From ? String(form.From) : null,
      body: String(form.Body ?? ""),
      messaging_service_sid: form.MessagingServiceSid ? String(form.MessagingServiceSid) : null,
      direction: "outbound-api",
      status: scheduled ? "scheduled" : "queued",
      num_media: String(mediaUrls.length),
      date_created: now,
      sendAt: scheduled ? Date.parse(String(form.SendAt)) : now,
      statusCallback: form.StatusCallback ? String(form.StatusCallback) : null,
    });
    message.media = mediaUrls.map((url) => ({ sid: context.sid("ME"), content_type: contentTypeOf(url), url, date_created: now }));
    // With test credentials Twilio keeps nothing: the message is answered, never sent, never called back.
    if (!account.test) messageLog(context, account.sid).messages.push(message);
    return { status: 201, json: messageJson(message) };
  };

  const control: ControlRoute[] = [
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

  const product: Product = {
    name: "messages",
    spec: "twilio_api_v2010.json",
    prefix: "",
    control,
    settle() {
      const now = clock.now();
      for (const account of context.accounts()) {
        const log = messageLog(context, account.sid);
        for (const message of log.messages) advance(message, log, now);
      }
    },
    routes: [
      { method: "POST", path: "/2010-04-01/Accounts/{AccountSid}/Messages.json", testCredentials: true, handle: create },
      {
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Messages.json",
        handle: (request) => {
          const { To, From, DateSent } = request.query as Record<string, string | undefined>;
          const before = request.query["DateSent<"] as string | undefined;
          const after = request.query["DateSent>"] as string | undefined;
          const matching = messageLog(context, request.account.sid)
            .messages.filter((message) => {
              const sent = message.date_sent === null ? undefined : dayOf(message.date_sent);
              if (To && message.to !== To) return false;
              if (From && message.from !== From) return false;
              if (DateSent && sent !== DateSent.slice(0, 10)) return false;
              if (before && (!sent || sent > before.slice(0, 10))) return false;
              if (after && (!sent || sent < after.slice(0, 10))) return false;
              return true;
            })
            // Of messages sent in the same second, the one created last comes first.
            .reverse()
            .sort(newestFirst);
          const history = historyList(context, request.account.sid, { To, From, on: DateSent, onOrBefore: before, onOrAfter: after });
          return { status: 200, json: v2010Page(request, "messages", concatLists(matching.map(messageJson), history)) };
        },
      },
      {
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
        handle: (request) => {
          const { Sid } = request.params;
          const old = historyMessage(context, request.account.sid, Sid);
          return { status: 200, json: old ?? messageJson(find(request, Sid)) };
        },
      },
      {
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
        handle: (request) => {
          const message = find(request, request.params.Sid);
          if (request.body.Status === "canceled") {
            if (message.status !== "scheduled") throw badRequest(30409, "The message cannot be canceled: only a scheduled message can be.");
            message.status = "canceled";
          }
          if (request.body.Body !== undefined) {
            if (request.body.Body !== "") throw badRequest(20001, 'A message\'s body can only be redacted (Body="").');
            if (!FINISHED.has(message.status)) throw badRequest(20009, "The message is not complete yet: it cannot be redacted.");
            message.body = "";
          }
          message.date_updated = clock.now();
          return { status: 200, json: messageJson(message) };
        },
      },
      {
        method: "DELETE",
        path: "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
        handle: (request) => {
          const message = find(request, request.params.Sid);
          if (!FINISHED.has(message.status) && message.status !== "scheduled") {
            throw new SandboxError(twilioError(409, 20009, "Cannot delete message because delivery has not been completed."));
          }
          const log = messageLog(context, request.account.sid);
          log.messages.splice(log.messages.indexOf(message), 1);
          return { status: 204 };
        },
      },
      {
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json",
        handle: (request) => {
          const message = find(request, request.params.MessageSid);
          return {
            status: 200,
            json: v2010Page(
              request,
              "media_list",
              message.media.map((media) => mediaJson(message, media)),
            ),
          };
        },
      },
      {
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json",
        handle: (request) => {
          const message = find(request, request.params.MessageSid);
          const media = message.media.find((candidate) => candidate.sid === request.params.Sid);
          if (!media) throw notFound();
          return { status: 200, json: mediaJson(message, media) };
        },
      },
      {
        // The media file itself: not described by the JSON spec.
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}",
        checked: false,
        handle: (request) => {
          const message = find(request, request.params.MessageSid);
          const media = message.media.find((candidate) => candidate.sid === request.params.Sid);
          if (!media) throw notFound();
          return { status: 200, body: Buffer.from(`sandbox media for ${media.url}`), headers: { "content-type": media.content_type } };
        },
      },
    ],
  };
  return product;
};
