import { keyHash } from "../idempotency";
import { createItemIfAbsent } from "../sync/maps";
import type { TwilioClient } from "../twilioClient";
import { claimMap } from "./syncClaims";

/** Twilio redelivers within minutes; a day is ample and keeps the Map small. */
const DELIVERY_TTL_SECONDS = 24 * 60 * 60;

/**
 * Claims a webhook delivery's idempotency token in Sync: true when another delivery of the same
 * token claimed it first, however close together they arrived.
 */
export async function isRedeliveryClaimed(client: TwilioClient, token: string, syncService: string | undefined): Promise<boolean> {
  const key = keyHash(`webhook delivery\n${token}`);
  const map = await claimMap(client, syncService, key);
  const created = await createItemIfAbsent(client, map, key, { at: Date.now() }, DELIVERY_TTL_SECONDS);
  return created === undefined;
}
