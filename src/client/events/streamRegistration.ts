import { checkedSid } from "../identifiers/sids";
import { TwilioApiError } from "../transport/errors";
import { type ProductPage, requestJson } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

/**
 * What one instance created at Twilio for its Event Streams trigger: a webhook sink pointing at the
 * flow and one subscription to it. Kept in instance state, so a redeploy changes these two and
 * nothing else, and a delete removes exactly them.
 */
export interface EventStream {
  sinkSid: string;
  subscriptionSid: string;
  destination: string;
}

const SINKS_URL = `${TWILIO_ORIGINS.events}/v1/Sinks`;
const SUBSCRIPTIONS_URL = `${TWILIO_ORIGINS.events}/v1/Subscriptions`;
const SCHEMA_VERSION = 1;
/** A subscription holds at most this many types here; Twilio's catalogue is smaller. */
const MAX_SUBSCRIBED_PAGE = 1000;

const sinkUrl = (sid: string) => `${SINKS_URL}/${checkedSid("eventSink", sid, "sink")}`;
const subscriptionUrl = (sid: string) => `${SUBSCRIPTIONS_URL}/${checkedSid("eventSubscription", sid, "subscription")}`;

const isNotFound = (error: unknown) => error instanceof TwilioApiError && error.details.status === 404;

async function createSink(client: TwilioClient, destination: string, description: string): Promise<string> {
  const data = { Description: description, SinkType: "webhook", SinkConfiguration: JSON.stringify({ destination, method: "POST" }) };
  const sink = await requestJson<{ sid: string }>(client, { method: "post", uri: SINKS_URL, data });
  return sink.sid;
}

async function createSubscription(client: TwilioClient, sinkSid: string, types: string[], description: string): Promise<string> {
  const data = {
    Description: description,
    SinkSid: sinkSid,
    Types: types.map((type) => JSON.stringify({ type, schema_version: SCHEMA_VERSION })),
  };
  const subscription = await requestJson<{ sid: string }>(client, { method: "post", uri: SUBSCRIPTIONS_URL, data });
  return subscription.sid;
}

/** Brings the subscription's types to exactly `types`: adds the missing, removes the others. */
async function syncSubscribedEvents(client: TwilioClient, subscriptionSid: string, types: string[]): Promise<void> {
  const eventsUrl = `${subscriptionUrl(subscriptionSid)}/SubscribedEvents`;
  const page = await requestJson<ProductPage>(client, { method: "get", uri: `${eventsUrl}?PageSize=${MAX_SUBSCRIBED_PAGE}` });
  const current = new Set(((page.types as Array<{ type: string }> | undefined) ?? []).map((event) => event.type));
  const wanted = new Set(types);
  for (const type of types) {
    if (!current.has(type))
      await requestJson(client, { method: "post", uri: eventsUrl, data: { Type: type, SchemaVersion: String(SCHEMA_VERSION) } });
  }
  for (const type of current) {
    if (!wanted.has(type)) await requestJson(client, { method: "delete", uri: `${eventsUrl}/${encodeURIComponent(type)}` });
  }
}

/**
 * On deploy: the first time, a sink and a subscription; on a redeploy, the same subscription with
 * its types brought up to date (and a new sink only when the flow's URL changed, the old one then
 * deleted). A sink or subscription deleted at Twilio meanwhile is created again.
 */
export async function deployEventStream(
  client: TwilioClient,
  saved: EventStream | undefined,
  wanted: { destination: string; types: string[]; description: string },
): Promise<EventStream> {
  const { destination, types, description } = wanted;
  if (saved && (await exists(client, subscriptionUrl(saved.subscriptionSid)))) {
    let sinkSid = saved.sinkSid;
    if (saved.destination !== destination || !(await exists(client, sinkUrl(saved.sinkSid)))) {
      sinkSid = await createSink(client, destination, description);
      await requestJson(client, { method: "post", uri: subscriptionUrl(saved.subscriptionSid), data: { SinkSid: sinkSid } });
      await deleteIfPresent(client, sinkUrl(saved.sinkSid));
    }
    await syncSubscribedEvents(client, saved.subscriptionSid, types);
    return { sinkSid, subscriptionSid: saved.subscriptionSid, destination };
  }
  if (saved) await deleteIfPresent(client, sinkUrl(saved.sinkSid));
  const sinkSid = await createSink(client, destination, description);
  const subscriptionSid = await createSubscription(client, sinkSid, types, description);
  return { sinkSid, subscriptionSid, destination };
}

/** On delete: the subscription, then its sink (Twilio refuses to delete a sink in use); what is already gone is fine. */
export async function removeEventStream(client: TwilioClient, saved: EventStream): Promise<void> {
  await deleteIfPresent(client, subscriptionUrl(saved.subscriptionSid));
  await deleteIfPresent(client, sinkUrl(saved.sinkSid));
}

async function exists(client: TwilioClient, uri: string): Promise<boolean> {
  try {
    await requestJson(client, { method: "get", uri });
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

async function deleteIfPresent(client: TwilioClient, uri: string): Promise<void> {
  try {
    await requestJson(client, { method: "delete", uri });
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
