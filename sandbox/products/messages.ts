import { rfc2822 } from "../core/clock";
import { badRequest, notFound, SandboxError, twilioError } from "../core/errors";
import { v2010Page } from "../core/paging";
import type { ControlRoute, Product, ProductFactory, SandboxContext, SandboxRequest } from "../core/types";
import { emitEvent } from "./events";
import { inboundTarget } from "./incomingPhoneNumbers";

/**
 * Messages and their media (api.twilio.com 2010-04-01). A message is created queued (or
 * scheduled), then sent and delivered (or failed/undelivered, for the numbers the control
 * endpoint marks so) as the sandbox clock passes, with a status callback at each step.
 * Incoming messages are simulated through /__sandbox/incoming/messages.
 */
export interface StoredMessage {
  sid: string;
  account_sid: string;
  to: string;
  from: string | null;
  body: string;
  messaging_service_sid: string | null;
  direction: "inbound" | "outbound-api" | "outbound-reply";
  status: string;
  error_code: number | null;
  error_message: string | null;
  num_media: string;
  date_created: number;
  date_sent: number | null;
  date_updated: number;
  /** Where the outbound message is in its life: when it is sent, when it is delivered. */
  sendAt: number | null;
  statusCallback: string | null;
  media: Array<{ sid: string; content_type: string; url: string; date_created: number }>;
}

export const SEND_AFTER_MS = 1_000;
export const DELIVER_AFTER_MS = 1_000;
const FINISHED = new Set(["delivered", "undelivered", "failed", "received", "canceled", "read"]);

interface MessageLog {
  messages: StoredMessage[];
  /** To number to the failure its messages end in. */
  outcomes: Map<string, { status: "failed" | "undelivered"; errorCode: number }>;
}

export const messageLog = (context: SandboxContext, accountSid: string): MessageLog =>
  context.state("messages", accountSid, () => ({ messages: [], outcomes: new Map() }));

function segments(body: string): string {
  // GSM-7 fits 160 characters in one segment (153 when split), UCS-2 70 (67).
  const unicode = /[^\x20-\x7E\n\r]/.test(body);
  const [single, part] = unicode ? [70, 67] : [160, 153];
  return String(body.length <= single ? 1 : Math.ceil(body.length / part));
}

export function messageJson(message: StoredMessage) {
  const uri = `/2010-04-01/Accounts/${message.account_sid}/Messages/${message.sid}.json`;
  return {
    account_sid: message.account_sid,
    api_version: "2010-04-01",
    body: message.body,
    date_created: rfc2822(message.date_created),
    date_sent: message.date_sent === null ? null : rfc2822(message.date_sent),
    date_updated: rfc2822(message.date_updated),
    direction: message.direction,
    error_code: message.error_code,
    error_message: message.error_message,
    from: message.from,
    messaging_service_sid: message.messaging_service_sid,
    num_media: message.num_media,
    num_segments: segments(message.body),
    price: null,
    price_unit: "USD",
    sid: message.sid,
    status: message.status,
    subresource_uris: { media: uri.replace(/\.json$/, "/Media.json"), feedback: uri.replace(/\.json$/, "/Feedback.json") },
    to: message.to,
    uri,
  };
}

function mediaJson(message: StoredMessage, media: StoredMessage["media"][number]) {
  return {
    account_sid: message.account_sid,
    content_type: media.content_type,
    date_created: rfc2822(media.date_created),
    date_updated: rfc2822(media.date_created),
    parent_sid: message.sid,
    sid: media.sid,
    uri: `/2010-04-01/Accounts/${message.account_sid}/Messages/${message.sid}/Media/${media.sid}.json`,
  };
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

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
    if (message.status === "queued" && now >= message.sendAt + SEND_AFTER_MS) {
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
    const now = clock.now();
    const message: StoredMessage = {
      sid: context.sid(mediaUrls.length ? "MM" : "SM"),
      account_sid: account.sid,
      to: String(form.To),
      from: form.From ? String(form.From) : null,
      body: String(form.Body ?? ""),
      messaging_service_sid: form.MessagingServiceSid ? String(form.MessagingServiceSid) : null,
      direction: "outbound-api",
      status: scheduled ? "scheduled" : form.MessagingServiceSid && !form.From ? "accepted" : "queued",
      error_code: null,
      error_message: null,
      num_media: String(mediaUrls.length),
      date_created: now,
      date_sent: null,
      date_updated: now,
      sendAt: scheduled ? Date.parse(String(form.SendAt)) : now,
      statusCallback: form.StatusCallback ? String(form.StatusCallback) : null,
      media: [],
    };
    message.media = mediaUrls.map((url) => ({ sid: context.sid("ME"), content_type: contentTypeOf(url), url, date_created: now }));
    if (message.status === "accepted") message.status = "queued";
    messageLog(context, account.sid).messages.push(message);
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
        const message: StoredMessage = {
          sid: context.sid("SM"),
          account_sid: account.sid,
          to,
          from: String(body.From ?? ""),
          body: String(body.Body ?? ""),
          messaging_service_sid: target?.messagingServiceSid ?? null,
          direction: "inbound",
          status: "received",
          error_code: null,
          error_message: null,
          num_media: "0",
          date_created: now,
          date_sent: now,
          date_updated: now,
          sendAt: null,
          statusCallback: null,
          media: [],
        };
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
      // A message as if sent earlier (another step, another run): for tests of reconciliation.
      method: "POST",
      path: "messages/seed",
      handle: (body) => {
        const account = context.account(String(body.AccountSid ?? context.accounts()[0]?.sid));
        if (!account) throw badRequest(20404, "No such account");
        const at = clock.now() - Number(body.CreatedSecondsAgo ?? 0) * 1000;
        const status = String(body.Status ?? "delivered");
        const message: StoredMessage = {
          sid: context.sid("SM"),
          account_sid: account.sid,
          to: String(body.To),
          from: body.From === undefined ? null : String(body.From),
          body: String(body.Body ?? ""),
          messaging_service_sid: body.MessagingServiceSid === undefined ? null : String(body.MessagingServiceSid),
          direction: "outbound-api",
          status,
          error_code: null,
          error_message: null,
          num_media: "0",
          date_created: at,
          date_sent: body.DateSent === null || ["queued", "scheduled", "accepted"].includes(status) ? null : at,
          date_updated: at,
          sendAt: null,
          statusCallback: null,
          media: [],
        };
        messageLog(context, account.sid).messages.push(message);
        return messageJson(message);
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
      { method: "POST", path: "/2010-04-01/Accounts/{AccountSid}/Messages.json", handle: create },
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
            .sort(newestFirst);
          return { status: 200, json: v2010Page(request, "messages", matching.map(messageJson)) };
        },
      },
      {
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json",
        handle: (request) => ({ status: 200, json: messageJson(find(request, request.params.Sid)) }),
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

function contentTypeOf(url: string): string {
  if (/\.png($|\?)/i.test(url)) return "image/png";
  if (/\.gif($|\?)/i.test(url)) return "image/gif";
  if (/\.pdf($|\?)/i.test(url)) return "application/pdf";
  return "image/jpeg";
}
