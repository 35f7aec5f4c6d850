import { filteredDays } from "../core/dayFilter";
import { badRequest, notFound, SandboxError, twilioError } from "../core/errors";
import { concatLists, renderedList, v2010Page } from "../core/paging";
import type { Product, ProductFactory, SandboxRequest } from "../core/types";
import { messageControls } from "./messageControls";
import { historyList, historyMessage } from "./messageHistory";
import { messageLifecycle } from "./messageLifecycle";
import { contentTypeOf, FINISHED, mediaJson, messageJson, messageLog, newMessage, type StoredMessage } from "./messageLog";
import { messageRefusal } from "./testCredentials";

/**
 * Messages and their media (api.twilio.com 2010-04-01). A message is created queued (or
 * scheduled), then sending, sent and delivered (or failed/undelivered, for the numbers the control
 * endpoint marks so) as the sandbox clock passes, with a status callback at each step
 * (messageLifecycle.ts). Incoming messages are simulated through /__sandbox/incoming/messages
 * (messageControls.ts).
 */

function newestFirst(a: StoredMessage, b: StoredMessage): number {
  // Twilio lists messages not yet sent first, then by date sent, newest first.
  return Number(b.date_sent === null) - Number(a.date_sent === null) || (b.date_sent ?? b.date_created) - (a.date_sent ?? a.date_created);
}

export const messages: ProductFactory = (context) => {
  const { clock } = context;
  const advance = messageLifecycle(context);
  const find = (request: SandboxRequest, sid: string) => {
    const message = messageLog(context, request.account.sid).messages.find((candidate) => candidate.sid === sid);
    if (!message) throw notFound(`The requested resource /2010-04-01/Accounts/${request.account.sid}/Messages/${sid}.json`);
    return message;
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

  const product: Product = {
    name: "messages",
    spec: "twilio_api_v2010.json",
    prefix: "",
    control: messageControls(context),
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
          const sentOnDays = filteredDays(request.query, "DateSent");
          const matching = messageLog(context, request.account.sid)
            .messages.filter((message) => (!To || message.to === To) && (!From || message.from === From) && sentOnDays(message.date_sent))
            // Of messages sent in the same second, the one created last comes first.
            .reverse()
            .sort(newestFirst);
          const history = historyList(context, request.account.sid, { To, From, on: DateSent, onOrBefore: before, onOrAfter: after });
          return { status: 200, json: v2010Page(request, "messages", concatLists(renderedList(matching, messageJson), history)) };
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
