import { iso8601 } from "../core/clock";
import { badRequest, notFound } from "../core/errors";
import { v1Page } from "../core/paging";
import type { ProductFactory, SandboxContext, SandboxRequest } from "../core/types";

/**
 * Event Streams (events.twilio.com v1): the event type catalogue, webhook sinks, subscriptions and
 * their subscribed events. Other products emit events through emitEvent; each goes, as a
 * CloudEvents JSON array of one, to every webhook sink subscribed to its type, signed as Twilio
 * signs JSON bodies (bodySHA256 in the URL).
 */
interface Sink {
  sid: string;
  description: string;
  type: string;
  configuration: Record<string, unknown>;
  created: number;
  updated: number;
}
interface Subscription {
  sid: string;
  description: string;
  sinkSid: string;
  /** Type to schema version. */
  types: Map<string, number>;
  created: number;
  updated: number;
}

/** The catalogue the sandbox knows: the types it emits and a few others Twilio lists. */
export const EVENT_TYPES: Array<{ type: string; schemaId: string; description: string }> = [
  { type: "com.twilio.messaging.message.queued", schemaId: "Messaging.MessageStatus", description: "Outbound message queued" },
  { type: "com.twilio.messaging.message.sent", schemaId: "Messaging.MessageStatus", description: "Outbound message sent" },
  { type: "com.twilio.messaging.message.delivered", schemaId: "Messaging.MessageStatus", description: "Outbound message delivered" },
  { type: "com.twilio.messaging.message.undelivered", schemaId: "Messaging.MessageStatus", description: "Outbound message undelivered" },
  { type: "com.twilio.messaging.message.failed", schemaId: "Messaging.MessageStatus", description: "Outbound message failed" },
  {
    type: "com.twilio.messaging.inbound-message.received",
    schemaId: "Messaging.InboundMessageV1",
    description: "Inbound message received",
  },
  { type: "com.twilio.voice.status-callback.call.completed", schemaId: "Voice.StatusCallback", description: "Call completed" },
  { type: "com.twilio.conversations.conversation.added", schemaId: "Conversations.ConversationAdded", description: "Conversation added" },
  { type: "com.twilio.conversations.message.added", schemaId: "Conversations.MessageAdded", description: "Conversation message added" },
  { type: "com.twilio.conversations.participant.added", schemaId: "Conversations.ParticipantAdded", description: "Participant added" },
];

/** A type as the catalogue lists it: Twilio adds types in beta and discontinues others over time. */
interface CatalogueType {
  type: string;
  schemaId: string;
  description: string | null;
  status: string;
}

const eventsOf = (context: SandboxContext, accountSid: string) =>
  context.state("events", accountSid, () => ({ sinks: [] as Sink[], subscriptions: [] as Subscription[] }));

/**
 * Sends one event to every webhook sink whose subscription has its type. `subject` is the SID the
 * event is about (a message, a call, a conversation).
 */
export function emitEvent(
  context: SandboxContext,
  accountSid: string,
  event: { type: string; subject: string; data: Record<string, unknown> },
) {
  const account = context.account(accountSid);
  if (!account) return;
  const { sinks, subscriptions } = eventsOf(context, accountSid);
  for (const subscription of subscriptions) {
    const version = subscription.types.get(event.type);
    const sink = sinks.find((candidate) => candidate.sid === subscription.sinkSid);
    const destination = sink?.configuration.destination;
    if (version === undefined || sink?.type !== "webhook" || typeof destination !== "string") continue;
    const schemaId = EVENT_TYPES.find((known) => known.type === event.type)?.schemaId ?? "Unknown";
    const cloudEvent = {
      specversion: "1.0",
      type: event.type,
      source: `/2010-04-01/Accounts/${accountSid}`,
      id: context.sid("EZ"),
      dataschema: `https://events-schemas.twilio.com/${schemaId}/${version}`,
      datacontenttype: "application/json",
      time: iso8601(context.clock.now()),
      subject: event.subject,
      data: event.data,
    };
    void context.callbacks.deliver({ url: destination, params: {}, json: JSON.stringify([cloudEvent]), authToken: account.authToken });
  }
}

/** Types: repeated, each a JSON string {"type": ..., "schema_version": N} (or already parsed by the contract check). */
function typesOf(value: unknown): Map<string, number> {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const types = new Map<string, number>();
  for (const item of list) {
    const parsed = (typeof item === "string" ? JSON.parse(item) : item) as { type?: string; schema_version?: number };
    if (!parsed?.type || !EVENT_TYPES.some((known) => known.type === parsed.type))
      throw badRequest(90009, `Event type ${parsed?.type} does not exist`);
    types.set(parsed.type, Number(parsed.schema_version ?? 1));
  }
  return types;
}

export const events: ProductFactory = (context) => {
  const now = () => context.clock.now();
  const base = "https://events.twilio.com/v1";
  /** Types added to Twilio's catalogue since (one catalogue for every account): POST /__sandbox/events/types. */
  const laterTypes = () => context.state("eventTypes", "*", () => [] as CatalogueType[]);
  const catalogue = (): CatalogueType[] => [...EVENT_TYPES.map((known) => ({ ...known, status: "available" })), ...laterTypes()];
  const typeJson = (known: CatalogueType) => ({
    type: known.type,
    schema_id: known.schemaId,
    date_created: "2021-01-01T00:00:00Z",
    date_updated: "2021-01-01T00:00:00Z",
    description: known.description,
    status: known.status,
    documentation_url: "https://www.twilio.com/docs/events/event-types",
    url: `${base}/Types/${known.type}`,
    links: { schema: `${base}/Schemas/${known.schemaId}/Versions` },
  });
  const sinkJson = (sink: Sink) => ({
    date_created: iso8601(sink.created),
    date_updated: iso8601(sink.updated),
    description: sink.description,
    sid: sink.sid,
    sink_configuration: sink.configuration,
    sink_type: sink.type,
    status: "active",
    url: `${base}/Sinks/${sink.sid}`,
    links: { sink_test: `${base}/Sinks/${sink.sid}/Test`, sink_validate: `${base}/Sinks/${sink.sid}/Validate` },
  });
  const subscriptionJson = (accountSid: string, subscription: Subscription) => ({
    account_sid: accountSid,
    sid: subscription.sid,
    date_created: iso8601(subscription.created),
    date_updated: iso8601(subscription.updated),
    description: subscription.description,
    sink_sid: subscription.sinkSid,
    url: `${base}/Subscriptions/${subscription.sid}`,
    links: { subscribed_events: `${base}/Subscriptions/${subscription.sid}/SubscribedEvents` },
  });
  const subscribedJson = (accountSid: string, subscription: Subscription, type: string) => ({
    account_sid: accountSid,
    type,
    schema_version: subscription.types.get(type) ?? 1,
    subscription_sid: subscription.sid,
    url: `${base}/Subscriptions/${subscription.sid}/SubscribedEvents/${type}`,
  });
  const sink = (request: SandboxRequest) => {
    const found = eventsOf(context, request.account.sid).sinks.find((candidate) => candidate.sid === request.params.Sid);
    if (!found) throw notFound(`The requested resource /Sinks/${request.params.Sid}`);
    return found;
  };
  const subscription = (request: SandboxRequest) => {
    const id = request.params.SubscriptionSid ?? request.params.Sid;
    const found = eventsOf(context, request.account.sid).subscriptions.find((candidate) => candidate.sid === id);
    if (!found) throw notFound(`The requested resource /Subscriptions/${id}`);
    return found;
  };
  return {
    name: "events",
    spec: "twilio_events_v1.json",
    prefix: "/events",
    control: [
      {
        method: "POST",
        path: "events/types",
        handle: (body) => {
          const added: CatalogueType = {
            type: String(body.Type),
            schemaId: String(body.SchemaId ?? "Unknown"),
            description: typeof body.Description === "string" ? body.Description : null,
            status: String(body.Status ?? "available"),
          };
          laterTypes().push(added);
          return typeJson(added);
        },
      },
    ],
    routes: [
      {
        method: "GET",
        path: "/v1/Types",
        handle: (request) => {
          const listed = catalogue().filter((known) => !request.query.SchemaId || known.schemaId === request.query.SchemaId);
          return { status: 200, json: v1Page(request, "events", "types", listed.map(typeJson)) };
        },
      },
      {
        method: "GET",
        path: "/v1/Types/{Type}",
        handle: (request) => {
          const known = catalogue().find((candidate) => candidate.type === request.params.Type);
          if (!known) throw notFound(`The requested resource /Types/${request.params.Type}`);
          return { status: 200, json: typeJson(known) };
        },
      },
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
    ],
  };
};
