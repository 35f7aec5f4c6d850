import { badRequest, notFound } from "../../core/errors";
import { v1Page } from "../../core/paging";
import type { Route, SandboxContext, SandboxRequest } from "../../core/types";
import { typesOf } from "./catalogue";
import { eventsOf, type Subscription, subscribedJson, subscriptionJson } from "./records";

/** Subscriptions of a sink to event types, and each subscription's subscribed events. */
export function subscriptionRoutes(context: SandboxContext): Route[] {
  const now = () => context.clock.now();
  const subscription = (request: SandboxRequest) => {
    const id = request.params.SubscriptionSid ?? request.params.Sid;
    const found = eventsOf(context, request.account.sid).subscriptions.find((candidate) => candidate.sid === id);
    if (!found) throw notFound(`The requested resource /Subscriptions/${id}`);
    return found;
  };
  return [
    {
      method: "POST",
      path: "/v1/Subscriptions",
      handle: (request) => {
        const state = eventsOf(context, request.account.sid);
        const sinkSid = String(request.body.SinkSid);
        if (!state.sinks.some((candidate) => candidate.sid === sinkSid)) throw badRequest(90010, `Sink ${sinkSid} does not exist`);
        const created: Subscription = {
          sid: context.sid("DF"),
          description: String(request.body.Description),
          sinkSid,
          types: typesOf(request.body.Types),
          created: now(),
          updated: now(),
        };
        state.subscriptions.push(created);
        return { status: 201, json: subscriptionJson(request.account.sid, created) };
      },
    },
    {
      method: "GET",
      path: "/v1/Subscriptions",
      handle: (request) => {
        const listed = eventsOf(context, request.account.sid).subscriptions.filter(
          (candidate) => !request.query.SinkSid || candidate.sinkSid === request.query.SinkSid,
        );
        return {
          status: 200,
          json: v1Page(
            request,
            "events",
            "subscriptions",
            listed.map((one) => subscriptionJson(request.account.sid, one)),
          ),
        };
      },
    },
    {
      method: "GET",
      path: "/v1/Subscriptions/{Sid}",
      handle: (request) => ({ status: 200, json: subscriptionJson(request.account.sid, subscription(request)) }),
    },
    {
      method: "DELETE",
      path: "/v1/Subscriptions/{Sid}",
      handle: (request) => {
        const state = eventsOf(context, request.account.sid);
        const found = subscription(request);
        state.subscriptions = state.subscriptions.filter((candidate) => candidate !== found);
        return { status: 204 };
      },
    },
    {
      method: "GET",
      path: "/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents",
      handle: (request) => {
        const found = subscription(request);
        const listed = [...found.types.keys()].map((type) => subscribedJson(request.account.sid, found, type));
        return { status: 200, json: v1Page(request, "events", "types", listed) };
      },
    },
    {
      method: "POST",
      path: "/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents",
      handle: (request) => {
        const found = subscription(request);
        const type = String(request.body.Type);
        typesOf([{ type, schema_version: request.body.SchemaVersion ?? 1 }]);
        found.types.set(type, Number(request.body.SchemaVersion ?? 1));
        found.updated = now();
        return { status: 200, json: subscribedJson(request.account.sid, found, type) };
      },
    },
    {
      method: "DELETE",
      path: "/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}",
      handle: (request) => {
        const found = subscription(request);
        if (!found.types.delete(request.params.Type)) throw notFound(`The requested resource /SubscribedEvents/${request.params.Type}`);
        found.updated = now();
        return { status: 204 };
      },
    },
  ];
}
