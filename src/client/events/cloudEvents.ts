import { checkDelivery } from "../webhooks/redelivery";
import type { TwilioFields } from "../webhooks/signature";

/** One Event Streams event as a flow sees it. */
export interface StreamEvent {
  /** CloudEvents id: the same on every delivery of the event (delivery is at least once). */
  id: string;
  /** com.twilio.messaging.message.delivered, ... */
  type: string;
  time: string | null;
  /** The SID the event is about (message, call, conversation), when Twilio gives one. */
  subject: string | null;
  source: string | null;
  dataschema: string | null;
  data: unknown;
  /** True when an event with this id was already passed to this flow. */
  redelivered: boolean;
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/**
 * The CloudEvents of a verified delivery: a JSON array (a batch) or one event. Each id is
 * remembered in the flow's state with the webhook trigger's redelivery store, so an event Twilio
 * delivers again is marked redelivered.
 */
export function readCloudEvents(fields: TwilioFields, state: Record<string, unknown>, now: number) {
  const body = "body" in fields && Object.keys(fields).length === 1 ? fields.body : fields;
  const items = (Array.isArray(body) ? body : [body]).filter((item): item is Record<string, unknown> => !!item && typeof item === "object");
  let kept = state;
  const events: StreamEvent[] = [];
  for (const item of items) {
    const id = text(item.id);
    const type = text(item.type);
    if (!id || !type) continue;
    const delivery = checkDelivery(`event:${id}`, kept, now);
    kept = delivery.state;
    events.push({
      id,
      type,
      time: text(item.time),
      subject: text(item.subject),
      source: text(item.source),
      dataschema: text(item.dataschema),
      data: item.data ?? null,
      redelivered: delivery.redelivered,
    });
  }
  return { events, state: kept };
}
