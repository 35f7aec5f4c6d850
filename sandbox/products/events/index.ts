import { badRequest, notFound } from "../../core/errors";
import { v1Page } from "../../core/paging";
import type { ProductFactory, SandboxRequest } from "../../core/types";
import { catalogueRoutes } from "./catalogue";
import { eventsOf, type Sink, sinkJson } from "./records";
import { subscriptionRoutes } from "./subscriptions";

export { EVENT_TYPES } from "./catalogue";

/**
 * Event Streams (events.twilio.com v1): the event type catalogue (catalogue.ts), webhook sinks,
 * subscriptions and their subscribed events (subscriptions.ts). Other products emit events
 * through emitEvent (emit.ts), which sends each to the webhook sinks subscribed to its type.
 */
export const events: ProductFactory = (context) => {
  const now = () => context.clock.now();
  const sink = (request: SandboxRequest) => {
    const found = eventsOf(context, request.account.sid).sinks.find((candidate) => candidate.sid === request.params.Sid);
    if (!found) throw notFound(`The requested resource /Sinks/${request.params.Sid}`);
    return found;
  };
  const catalogue = catalogueRoutes(context);
  return {
    name: "events",
    spec: "twilio_events_v1.json",
    prefix: "/events",
    control: catalogue.control,
    routes: [
      ...catalogue.routes,
      {
        method: "POST",
        path: "/v1/Sinks",
        handle: (request) => {
          const raw = request.body.SinkConfiguration;
          const configuration = (typeof raw === "string" ? JSON.parse(raw) : raw) as Record<string, unknown>;
          const created: Sink = {
            sid: context.sid("DG"),
            description: String(request.body.Description),
            type: String(request.body.SinkType),
            configuration,
            created: now(),
            updated: now(),
          };
          eventsOf(context, request.account.sid).sinks.push(created);
          return { status: 201, json: sinkJson(created) };
        },
      },
      {
        method: "GET",
        path: "/v1/Sinks",
        handle: (request) => ({
          status: 200,
          json: v1Page(request, "events", "sinks", eventsOf(context, request.account.sid).sinks.map(sinkJson)),
        }),
      },
      { method: "GET", path: "/v1/Sinks/{Sid}", handle: (request) => ({ status: 200, json: sinkJson(sink(request)) }) },
      {
        method: "DELETE",
        path: "/v1/Sinks/{Sid}",
        handle: (request) => {
          const state = eventsOf(context, request.account.sid);
          const found = sink(request);
          if (state.subscriptions.some((candidate) => candidate.sinkSid === found.sid)) {
            throw badRequest(90012, "Sink is in use by a subscription: delete the subscription first");
          }
          state.sinks = state.sinks.filter((candidate) => candidate !== found);
          return { status: 204 };
        },
      },
      ...subscriptionRoutes(context),
    ],
  };
};
