import { badRequest, notFound, SandboxError, twilioError } from "../../core/errors";
import { v1Page } from "../../core/paging";
import type { ProductFactory, SandboxRequest } from "../../core/types";
import { bothScopes, memberRoutes } from "./members";
import { postEvent } from "./postEvent";
import { type Conversation, type ConversationService, conversationJson, conversationsOf, serviceJson, webhooksJson } from "./records";

/**
 * Conversations v1 (conversations.twilio.com): Conversation Services (a default one per account),
 * conversations, their participants and messages (members.ts), and each service's webhook
 * configuration, whose post-event webhooks are sent form-encoded and signed like every other
 * callback (postEvent.ts). Every path exists with and without /v1/Services/{ChatServiceSid}:
 * without it, the default service.
 */
export const conversations: ProductFactory = (context) => {
  const now = () => context.clock.now();
  const newService = (friendlyName: string): ConversationService => ({
    sid: context.sid("IS"),
    friendlyName,
    created: now(),
    webhooks: { preWebhookUrl: null, postWebhookUrl: null, method: "POST", filters: [] },
  });
  const service = (request: SandboxRequest): ConversationService => {
    const state = conversationsOf(context, request.account.sid);
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
    const found = conversationsOf(context, request.account.sid).conversations.find(
      (candidate) => candidate.serviceSid === owner.sid && (candidate.sid === id || candidate.fields.UniqueName === id),
    );
    if (!found) throw notFound(`The requested resource /Conversations/${id}`);
    return found;
  };

  const createConversation = (request: SandboxRequest) => {
    const owner = service(request);
    const state = conversationsOf(context, request.account.sid);
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
    postEvent(context, request.account.sid, created, "onConversationAdded", {
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
    postEvent(context, request.account.sid, found, "onConversationUpdated", { State: found.state });
    if (before !== found.state)
      postEvent(context, request.account.sid, found, "onConversationStateUpdated", {
        StateFrom: before,
        StateTo: found.state,
        Reason: "API",
      });
    return { status: 200, json: conversationJson(request.account.sid, found) };
  };
  const deleteConversation = (request: SandboxRequest) => {
    const found = conversation(request);
    const state = conversationsOf(context, request.account.sid);
    state.conversations = state.conversations.filter((one) => one !== found);
    state.participants = state.participants.filter((one) => one.conversationSid !== found.sid);
    state.messages = state.messages.filter((one) => one.conversationSid !== found.sid);
    postEvent(context, request.account.sid, found, "onConversationRemoved", {});
    return { status: 204 };
  };

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
          conversationsOf(context, request.account.sid).services.push(created);
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
            conversationsOf(context, request.account.sid).services.map((one) => serviceJson(request.account.sid, one)),
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
      ...bothScopes("POST", "/Conversations", createConversation),
      ...bothScopes("GET", "/Conversations", (request) => {
        const owner = service(request);
        const listed = conversationsOf(context, request.account.sid)
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
      ...bothScopes("GET", "/Conversations/{Sid}", (request) => ({
        status: 200,
        json: conversationJson(request.account.sid, conversation(request)),
      })),
      ...bothScopes("POST", "/Conversations/{Sid}", updateConversation),
      ...bothScopes("DELETE", "/Conversations/{Sid}", deleteConversation),
      ...memberRoutes(context, conversation),
    ],
  };
};
