import { iso8601 } from "../../core/clock";
import type { SandboxContext } from "../../core/types";

/** What the sandbox keeps of Event Streams, per account, and how Twilio shows each record. */
export interface Sink {
  sid: string;
  description: string;
  type: string;
  configuration: Record<string, unknown>;
  created: number;
  updated: number;
}
export interface Subscription {
  sid: string;
  description: string;
  sinkSid: string;
  /** Type to schema version. */
  types: Map<string, number>;
  created: number;
  updated: number;
}

export const eventsOf = (context: SandboxContext, accountSid: string) =>
  context.state("events", accountSid, () => ({ sinks: [] as Sink[], subscriptions: [] as Subscription[] }));

export const EVENTS_BASE = "https://events.twilio.com/v1";

export const sinkJson = (sink: Sink) => ({
  date_created: iso8601(sink.created),
  date_updated: iso8601(sink.updated),
  description: sink.description,
  sid: sink.sid,
  sink_configuration: sink.configuration,
  sink_type: sink.type,
  status: "active",
  url: `${EVENTS_BASE}/Sinks/${sink.sid}`,
  links: { sink_test: `${EVENTS_BASE}/Sinks/${sink.sid}/Test`, sink_validate: `${EVENTS_BASE}/Sinks/${sink.sid}/Validate` },
});

export const subscriptionJson = (accountSid: string, subscription: Subscription) => ({
  account_sid: accountSid,
  sid: subscription.sid,
  date_created: iso8601(subscription.created),
  date_updated: iso8601(subscription.updated),
  description: subscription.description,
  sink_sid: subscription.sinkSid,
  url: `${EVENTS_BASE}/Subscriptions/${subscription.sid}`,
  links: { subscribed_events: `${EVENTS_BASE}/Subscriptions/${subscription.sid}/SubscribedEvents` },
});

export const subscribedJson = (accountSid: string, subscription: Subscription, type: string) => ({
  account_sid: accountSid,
  type,
  schema_version: subscription.types.get(type) ?? 1,
  subscription_sid: subscription.sid,
  url: `${EVENTS_BASE}/Subscriptions/${subscription.sid}/SubscribedEvents/${type}`,
});
