import { iso8601 } from "../core/clock";
import { badRequest, notFound, SandboxError, twilioError } from "../core/errors";
import { v1Page } from "../core/paging";
import type { ProductFactory, Route, SandboxContext, SandboxRequest } from "../core/types";
import { emitEvent } from "./events";

/**
 * Conversations v1 (conversations.twilio.com): Conversation Services (a default one per account),
 * conversations, participants (one open conversation per address and proxy pair: Twilio's
 * 50416), messages, and each service's webhook configuration, whose post-event webhooks are sent
 * form-encoded and signed like every other callback. Every path exists with and without
 * /v1/Services/{ChatServiceSid}: without it, the default service.
 */
interface Service {
  sid: string;
  friendlyName: string;
  created: number;
  webhooks: { preWebhookUrl: string | null; postWebhookUrl: string | null; method: string; filters: string[] };
}
interface Conversation {
  sid: string;
  serviceSid: string;
  fields: Record<string, unknown>;
  state: string;
  created: number;
  updated: number;
}
interface Participant {
  sid: string;
  conversationSid: string;
  identity: string | null;
  address: string | null;
  proxyAddress: string | null;
  attributes: string;
  created: number;
}
interface Message {
  sid: string;
  conversationSid: string;
  index: number;
  author: string;
  body: string | null;
  media: string[];
  contentSid: string | null;
  attributes: string;
  participantSid: string | null;
  created: number;
}

const stateOf = (context: SandboxContext, accountSid: string) =>
  context.state("conversations", accountSid, () => ({
    services: [] as Service[],
    conversations: [] as Conversation[],
    participants: [] as Participant[],
    messages: [] as Message[],
  }));

const BASE = "https://conversations.twilio.com/v1";
const OPEN = new Set(["active", "inactive"]);

export const conversations: ProductFactory = (context) => {
  const now = () => context.clock.now();
  const newService = (friendlyName: string): Service => ({
    sid: context.sid("IS"),
    friendlyName,
    created: now(),
    webhooks: { preWebhookUrl: null, postWebhookUrl: null, method: "POST", filters: [] },
  });
  const service = (request: SandboxRequest): Service => {
    const state = stateOf(context, request.account.sid);
    const id = request.params.ChatServiceSid;
    if (!id) {
      // The account's default Conversation Service: the first one, made when first needed.
      if (state.services.length === 0) state.services.push(newService("Default Conversations Service"));
      return state.services[0];
    }
    const found = state.services.find((candidate) => candidate.sid === id);
    if (!found) throw notFound(`The requested resource /Services/${id}`);
    return found;
  };
  const conversation = (request: SandboxRequest) => {
    const owner = service(request);
    const id = request.params.ConversationSid ?? request.params.Sid;
    const found = stateOf(context, request.account.sid).conversations.find(
      (candidate) => candidate.serviceSid === owner.sid && (candidate.sid === id || candidate.fields.UniqueName === id),
    );
    if (!found) throw notFound(`The requested resource /Conversations/${id}`);
    return found;
  };
  const conversationUrl = (one: Conversation) => `${BASE}/Services/${one.serviceSid}/Conversations/${one.sid}`;
  const conversationJson = (accountSid: string, one: Conversation) => {
    const inactiveAfter = durationMs(one.fields["Timers.Inactive"]);
    const closedAfter = durationMs(one.fields["Timers.Closed"]);
    return {
      account_sid: accountSid,
      chat_service_sid: one.serviceSid,
      messaging_service_sid: (one.fields.MessagingServiceSid as string | undefined) ?? null,
      sid: one.sid,
      friendly_name: (one.fields.FriendlyName as string | undefined) ?? null,
      unique_name: (one.fields.UniqueName as string | undefined) ?? null,
      attributes: attributesText(one.fields.Attributes),
      state: one.state,
      date_created: iso8601(one.created),
      date_updated: iso8601(one.updated),
      timers: {
        ...(inactiveAfter ? { date_inactive: iso8601(one.updated + inactiveAfter) } : {}),
        ...(closedAfter ? { date_closed: iso8601(one.updated + closedAfter) } : {}),
      },
      url: conversationUrl(one),
      links: { participants: `${conversationUrl(one)}/Participants`, messages: `${conversationUrl(one)}/Messages` },
      bindings: null,
    };
  };
  const participantJson = (accountSid: string, owner: Conversation, one: Participant) => ({
    account_sid: accountSid,
    chat_service_sid: owner.serviceSid,
    conversation_sid: one.conversationSid,
    sid: one.sid,
    identity: one.identity,
    attributes: one.attributes,
    messaging_binding: one.address
      ? { type: one.address.startsWith("whatsapp:") ? "whatsapp" : "sms", address: one.address, proxy_address: one.proxyAddress }
      : null,
    role_sid: null,
    date_created: iso8601(one.created),
    date_updated: iso8601(one.created),
    url: `${conversationUrl(owner)}/Participants/${one.sid}`,
    last_read_message_index: null,
    last_read_timestamp: null,
  });
  const messageJson = (accountSid: string, owner: Conversation, one: Message) => ({
    account_sid: accountSid,
    chat_service_sid: owner.serviceSid,
    conversation_sid: one.conversationSid,
    sid: one.sid,
    index: one.index,
    author: one.author,
    body: one.body,
    media: one.media.length ? one.media.map((sid) => ({ sid, content_type: "image/jpeg", filename: null, size: 0 })) : null,
    attributes: one.attributes,
    participant_sid: one.participantSid,
    date_created: iso8601(one.created),
    date_updated: iso8601(one.created),
    url: `${conversationUrl(owner)}/Messages/${one.sid}`,
    delivery: null,
    links: { delivery_receipts: `${conversationUrl(owner)}/Messages/${one.sid}/Receipts` },
    content_sid: one.contentSid,
  });

  /** A post-event webhook of the conversation's service, when its filters ask for this event; and the same as an Event Streams event. */
  const postEvent = (accountSid: string, owner: Conversation, eventType: string, fields: Record<string, string>) => {
    const account = context.account(accountSid);
    const state = stateOf(context, accountSid);
    const hooks = state.services.find((candidate) => candidate.sid === owner.serviceSid)?.webhooks;
    const params = {
      AccountSid: accountSid,
      ChatServiceSid: owner.serviceSid,
      ConversationSid: owner.sid,
      EventType: eventType,
      Source: "API",
      RetryCount: "0",
      ...fields,
    };
    if (account && hooks?.postWebhookUrl && hooks.filters.includes(eventType)) {
      void context.callbacks.deliver({ url: hooks.postWebhookUrl, method: hooks.method, params, authToken: account.authToken });
    }
    const streamType = STREAM_TYPES[eventType];
    if (streamType) emitEvent(context, accountSid, { type: streamType, subject: owner.sid, data: params });
  };

  const scoped = (path: string) => [`/v1${path}`, `/v1/Services/{ChatServiceSid}${path}`];
  const both = (method: Route["method"], path: string, handle: Route["handle"]): Route[] =>
    scoped(path).map((full) => ({ method, path: full, handle }));

  const createConversation = (request: SandboxRequest) => {
    const owner = service(request);
    const state = stateOf(context, request.account.sid);
    const unique = request.body.UniqueName;
    if (unique && state.conversations.some((one) => one.serviceSid === owner.sid && one.fields.UniqueName === unique)) {
      throw new SandboxError(twilioError(409, 50353, `Conversation with provided unique name already exists`));
    }
    if ((request.body["Timers.Inactive"] || request.body["Timers.Closed"]) && !request.body.State) {
      throw badRequest(50382, "Timers can only be set with a State on create");
    }
    const created: Conversation = {
      sid: context.sid("CH"),
      serviceSid: owner.sid,
      fields: request.body,
      state: String(request.body.State ?? "active"),
      created: now(),
      updated: now(),
    };
    state.conversations.push(created);
    postEvent(request.account.sid, created, "onConversationAdded", {
      FriendlyName: String(created.fields.FriendlyName ?? ""),
      State: created.state,
    });
    return { status: 201, json: conversationJson(request.account.sid, created) };
  };
  const updateConversation = (request: SandboxRequest) => {
    const found = conversation(request);
    if (found.state === "closed") throw badRequest(50377, "Conversation is in closed state and cannot be updated");
    const before = found.state;
    found.fields = { ...found.fields, ...request.body };
    if (request.body.State) found.state = String(request.body.State);
    found.updated = now();
    postEvent(request.account.sid, found, "onConversationUpdated", { State: found.state });
    if (before !== found.state)
      postEvent(request.account.sid, found, "onConversationStateUpdated", { StateFrom: before, StateTo: found.state, Reason: "API" });
    return { status: 200, json: conversationJson(request.account.sid, found) };
  };
  const deleteConversation = (request: SandboxRequest) => {
    const found = conversation(request);
    const state = stateOf(context, request.account.sid);
    state.conversations = state.conversations.filter((one) => one !== found);
    state.participants = state.participants.filter((one) => one.conversationSid !== found.sid);
    state.messages = state.messages.filter((one) => one.conversationSid !== found.sid);
    postEvent(request.account.sid, found, "onConversationRemoved", {});
    return { status: 204 };
  };
  const addParticipant = (request: SandboxRequest) => {
    const owner = conversation(request);
    const state = stateOf(context, request.account.sid);
    const address = (request.body["MessagingBinding.Address"] as string | undefined) ?? null;
    const proxyAddress = (request.body["MessagingBinding.ProxyAddress"] as string | undefined) ?? null;
    const identity = (request.body.Identity as string | undefined) ?? null;
    if (!address && !identity) throw badRequest(50407, "A participant needs an Identity or a MessagingBinding.Address");
    if (address && !proxyAddress) throw badRequest(50407, "MessagingBinding.ProxyAddress is required with MessagingBinding.Address");
    const openSids = new Set(state.conversations.filter((one) => OPEN.has(one.state)).map((one) => one.sid));
    const taken = state.participants.find(
      (one) => address && one.address === address && one.proxyAddress === proxyAddress && openSids.has(one.conversationSid),
    );
    if (taken) {
      throw new SandboxError(
        twilioError(409, 50416, `A binding for this participant and proxy address already exists in Conversation ${taken.conversationSid}`),
      );
    }
    if (identity && state.participants.some((one) => one.conversationSid === owner.sid && one.identity === identity)) {
      throw new SandboxError(twilioError(409, 50433, "Participant already exists"));
    }
    const created: Participant = {
      sid: context.sid("MB"),
      conversationSid: owner.sid,
      identity,
      address,
      proxyAddress,
      attributes: attributesText(request.body.Attributes),
      created: now(),
    };
    state.participants.push(created);
    postEvent(request.account.sid, owner, "onParticipantAdded", {
      ParticipantSid: created.sid,
      ...(identity ? { Identity: identity } : {}),
      ...(address ? { "MessagingBinding.Address": address, "MessagingBinding.ProxyAddress": proxyAddress ?? "" } : {}),
    });
    return { status: 201, json: participantJson(request.account.sid, owner, created) };
  };
  const removeParticipant = (request: SandboxRequest) => {
    const owner = conversation(request);
    const state = stateOf(context, request.account.sid);
    const found = state.participants.find((one) => one.conversationSid === owner.sid && one.sid === request.params.Sid);
    if (!found) throw notFound(`The requested resource /Participants/${request.params.Sid}`);
    state.participants = state.participants.filter((one) => one !== found);
    postEvent(request.account.sid, owner, "onParticipantRemoved", { ParticipantSid: found.sid });
    return { status: 204 };
  };
  const sendMessage = (request: SandboxRequest) => {
    const owner = conversation(request);
    if (owner.state === "closed") throw badRequest(50377, "Conversation is in closed state");
    const state = stateOf(context, request.account.sid);
    const media = request.body.MediaSid === undefined ? [] : ([] as unknown[]).concat(request.body.MediaSid).map(String);
    if (!request.body.Body && media.length === 0 && !request.body.ContentSid)
      throw badRequest(50350, "Message body, media or content is required");
    const index = state.messages.filter((one) => one.conversationSid === owner.sid).length;
    const author = String(request.body.Author ?? "system");
    const created: Message = {
      sid: context.sid("IM"),
      conversationSid: owner.sid,
      index,
      author,
      body: (request.body.Body as string | undefined) ?? null,
      media,
      contentSid: (request.body.ContentSid as string | undefined) ?? null,
      attributes: attributesText(request.body.Attributes),
      participantSid:
        state.participants.find((one) => one.conversationSid === owner.sid && (one.identity === author || one.address === author))?.sid ??
        null,
      created: now(),
    };
    state.messages.push(created);
    owner.updated = now();
    postEvent(request.account.sid, owner, "onMessageAdded", {
      MessageSid: created.sid,
      Index: String(index),
      Author: author,
      Body: created.body ?? "",
      ParticipantSid: created.participantSid ?? "",
    });
    return { status: 201, json: messageJson(request.account.sid, owner, created) };
  };
  const message = (request: SandboxRequest) => {
    const owner = conversation(request);
    const found = stateOf(context, request.account.sid).messages.find(
      (one) => one.conversationSid === owner.sid && one.sid === request.params.Sid,
    );
    if (!found) throw notFound(`The requested resource /Messages/${request.params.Sid}`);
    return { owner, found };
  };
  const webhooksJson = (accountSid: string, one: Service) => ({
    account_sid: accountSid,
    chat_service_sid: one.sid,
    pre_webhook_url: one.webhooks.preWebhookUrl,
    post_webhook_url: one.webhooks.postWebhookUrl,
    filters: one.webhooks.filters,
    method: one.webhooks.method,
    url: `${BASE}/Services/${one.sid}/Configuration/Webhooks`,
  });
  const serviceJson = (accountSid: string, one: Service) => ({
    account_sid: accountSid,
    sid: one.sid,
    friendly_name: one.friendlyName,
    date_created: iso8601(one.created),
    date_updated: iso8601(one.created),
    url: `${BASE}/Services/${one.sid}`,
    links: { conversations: `${BASE}/Services/${one.sid}/Conversations` },
  });

  return {
    name: "conversations",
    spec: "twilio_conversations_v1.json",
    prefix: "/conversations",
    routes: [
      {
        method: "POST",
        path: "/v1/Services",
        handle: (request) => {
          const created = newService(String(request.body.FriendlyName));
          stateOf(context, request.account.sid).services.push(created);
          return { status: 201, json: serviceJson(request.account.sid, created) };
        },
      },
      {
        method: "GET",
        path: "/v1/Services",
        handle: (request) => ({
          status: 200,
          json: v1Page(
            request,
            "conversations",
            "services",
            stateOf(context, request.account.sid).services.map((one) => serviceJson(request.account.sid, one)),
          ),
        }),
      },
      {
        method: "GET",
        path: "/v1/Services/{ChatServiceSid}/Configuration/Webhooks",
        handle: (request) => ({ status: 200, json: webhooksJson(request.account.sid, service(request)) }),
      },
      {
        method: "POST",
        path: "/v1/Services/{ChatServiceSid}/Configuration/Webhooks",
        handle: (request) => {
          const found = service(request);
          const body = request.body;
          const text = (value: unknown, current: string | null) => (value === undefined ? current : value === "" ? null : String(value));
          found.webhooks = {
            preWebhookUrl: text(body.PreWebhookUrl, found.webhooks.preWebhookUrl),
            postWebhookUrl: text(body.PostWebhookUrl, found.webhooks.postWebhookUrl),
            method: String(body.Method ?? found.webhooks.method),
            filters: body.Filters === undefined ? found.webhooks.filters : ([] as unknown[]).concat(body.Filters).map(String),
          };
          return { status: 200, json: webhooksJson(request.account.sid, found) };
        },
      },
      ...both("POST", "/Conversations", createConversation),
      ...both("GET", "/Conversations", (request) => {
        const owner = service(request);
        const listed = stateOf(context, request.account.sid)
          .conversations.filter((one) => one.serviceSid === owner.sid && (!request.query.State || one.state === request.query.State))
          .reverse();
        return {
          status: 200,
          json: v1Page(
            request,
            "conversations",
            "conversations",
            listed.map((one) => conversationJson(request.account.sid, one)),
          ),
        };
      }),
      ...both("GET", "/Conversations/{Sid}", (request) => ({
        status: 200,
        json: conversationJson(request.account.sid, conversation(request)),
      })),
      ...both("POST", "/Conversations/{Sid}", updateConversation),
      ...both("DELETE", "/Conversations/{Sid}", deleteConversation),
      ...both("POST", "/Conversations/{ConversationSid}/Participants", addParticipant),
      ...both("GET", "/Conversations/{ConversationSid}/Participants", (request) => {
        const owner = conversation(request);
        const listed = stateOf(context, request.account.sid).participants.filter((one) => one.conversationSid === owner.sid);
        return {
          status: 200,
          json: v1Page(
            request,
            "conversations",
            "participants",
            listed.map((one) => participantJson(request.account.sid, owner, one)),
          ),
        };
      }),
      ...both("DELETE", "/Conversations/{ConversationSid}/Participants/{Sid}", removeParticipant),
      ...both("POST", "/Conversations/{ConversationSid}/Messages", sendMessage),
      ...both("GET", "/Conversations/{ConversationSid}/Messages", (request) => {
        const owner = conversation(request);
        const listed = stateOf(context, request.account.sid).messages.filter((one) => one.conversationSid === owner.sid);
        const ordered = request.query.Order === "desc" ? [...listed].reverse() : listed;
        return {
          status: 200,
          json: v1Page(
            request,
            "conversations",
            "messages",
            ordered.map((one) => messageJson(request.account.sid, owner, one)),
          ),
        };
      }),
      ...both("GET", "/Conversations/{ConversationSid}/Messages/{Sid}", (request) => {
        const { owner, found } = message(request);
        return { status: 200, json: messageJson(request.account.sid, owner, found) };
      }),
    ],
  };
};

/** Post-event webhook names to the Event Streams types that carry the same events. */
const STREAM_TYPES: Record<string, string> = {
  onConversationAdded: "com.twilio.conversations.conversation.added",
  onMessageAdded: "com.twilio.conversations.message.added",
  onParticipantAdded: "com.twilio.conversations.participant.added",
};

function attributesText(value: unknown): string {
  if (value === undefined || value === null) return "{}";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** PT30M, P1D, P1DT12H in milliseconds; 0 when absent. */
function durationMs(value: unknown): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(String(value ?? ""));
  if (!match) return 0;
  const [, days, hours, minutes, seconds] = match.map((part) => Number(part ?? 0));
  return (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
}
