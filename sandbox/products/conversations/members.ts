import { badRequest, notFound, SandboxError, twilioError } from "../../core/errors";
import { v1Page } from "../../core/paging";
import type { Route, SandboxContext, SandboxRequest } from "../../core/types";
import { postEvent } from "./postEvent";
import {
  attributesText,
  type Conversation,
  type ConversationMessage,
  conversationsOf,
  messageJson,
  type Participant,
  participantJson,
} from "./records";

const OPEN = new Set(["active", "inactive"]);

/** Every path exists with and without /v1/Services/{ChatServiceSid}: without it, the default service. */
export const bothScopes = (method: Route["method"], path: string, handle: Route["handle"]): Route[] =>
  [`/v1${path}`, `/v1/Services/{ChatServiceSid}${path}`].map((full) => ({ method, path: full, handle }));

/**
 * A conversation's participants (one open conversation per address and proxy pair: Twilio's
 * 50416) and messages. `conversation` finds the request's conversation in its service.
 */
export function memberRoutes(context: SandboxContext, conversation: (request: SandboxRequest) => Conversation): Route[] {
  const now = () => context.clock.now();
  const addParticipant = (request: SandboxRequest) => {
    const owner = conversation(request);
    const state = conversationsOf(context, request.account.sid);
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
    postEvent(context, request.account.sid, owner, "onParticipantAdded", {
      ParticipantSid: created.sid,
      ...(identity ? { Identity: identity } : {}),
      ...(address ? { "MessagingBinding.Address": address, "MessagingBinding.ProxyAddress": proxyAddress ?? "" } : {}),
    });
    return { status: 201, json: participantJson(request.account.sid, owner, created) };
  };
  const removeParticipant = (request: SandboxRequest) => {
    const owner = conversation(request);
    const state = conversationsOf(context, request.account.sid);
    const found = state.participants.find((one) => one.conversationSid === owner.sid && one.sid === request.params.Sid);
    if (!found) throw notFound(`The requested resource /Participants/${request.params.Sid}`);
    state.participants = state.participants.filter((one) => one !== found);
    postEvent(context, request.account.sid, owner, "onParticipantRemoved", { ParticipantSid: found.sid });
    return { status: 204 };
  };
  const sendMessage = (request: SandboxRequest) => {
    const owner = conversation(request);
    if (owner.state === "closed") throw badRequest(50377, "Conversation is in closed state");
    const state = conversationsOf(context, request.account.sid);
    const media = request.body.MediaSid === undefined ? [] : ([] as unknown[]).concat(request.body.MediaSid).map(String);
    if (!request.body.Body && media.length === 0 && !request.body.ContentSid)
      throw badRequest(50350, "Message body, media or content is required");
    const index = state.messages.filter((one) => one.conversationSid === owner.sid).length;
    const author = String(request.body.Author ?? "system");
    const created: ConversationMessage = {
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
    postEvent(context, request.account.sid, owner, "onMessageAdded", {
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
    const found = conversationsOf(context, request.account.sid).messages.find(
      (one) => one.conversationSid === owner.sid && one.sid === request.params.Sid,
    );
    if (!found) throw notFound(`The requested resource /Messages/${request.params.Sid}`);
    return { owner, found };
  };

  return [
    ...bothScopes("POST", "/Conversations/{ConversationSid}/Participants", addParticipant),
    ...bothScopes("GET", "/Conversations/{ConversationSid}/Participants", (request) => {
      const owner = conversation(request);
      const listed = conversationsOf(context, request.account.sid).participants.filter((one) => one.conversationSid === owner.sid);
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
    ...bothScopes("DELETE", "/Conversations/{ConversationSid}/Participants/{Sid}", removeParticipant),
    ...bothScopes("POST", "/Conversations/{ConversationSid}/Messages", sendMessage),
    ...bothScopes("GET", "/Conversations/{ConversationSid}/Messages", (request) => {
      const owner = conversation(request);
      const listed = conversationsOf(context, request.account.sid).messages.filter((one) => one.conversationSid === owner.sid);
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
    ...bothScopes("GET", "/Conversations/{ConversationSid}/Messages/{Sid}", (request) => {
      const { owner, found } = message(request);
      return { status: 200, json: messageJson(request.account.sid, owner, found) };
    }),
  ];
}
