/**
 * Twilio retries a webhook it got no timely answer to, with the same I-Twilio-Idempotency-Token.
 * The tokens of recent deliveries are kept in the flow's state so a flow can tell a redelivery
 * from a new event; bounded and expiring, as Twilio only redelivers within minutes.
 */
export const DELIVERIES_STATE_KEY = "twilioWebhookDeliveries";
export const DELIVERY_MEMORY_MS = 24 * 60 * 60 * 1000;
export const MAX_REMEMBERED_DELIVERIES = 1_000;

/** Token to the time it was first seen (ms since epoch). */
type Deliveries = Record<string, number>;

interface DeliveryCheck {
  redelivered: boolean;
  /** The flow's state with this delivery remembered. */
  state: Record<string, unknown>;
}

export function checkDelivery(token: string, state: Record<string, unknown>, now: number): DeliveryCheck {
  const stored = state[DELIVERIES_STATE_KEY];
  const recent = Object.entries(stored && typeof stored === "object" ? (stored as Deliveries) : {}).filter(
    ([, seenAt]) => typeof seenAt === "number" && now - seenAt < DELIVERY_MEMORY_MS,
  );
  const redelivered = recent.some(([seen]) => seen === token);
  const kept = redelivered ? recent : [...recent, [token, now] as [string, number]];
  const newest = kept.sort((a, b) => b[1] - a[1]).slice(0, MAX_REMEMBERED_DELIVERIES);
  return { redelivered, state: { ...state, [DELIVERIES_STATE_KEY]: Object.fromEntries(newest) } };
}
