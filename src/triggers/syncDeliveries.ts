import { setTimeout } from "node:timers/promises";
import type { ActionContext, Connection } from "@prismatic-io/spectral";

/** Twilio waits 15 s for a webhook's answer and Event Streams 5 s: Sync gets this long before the flow's state decides instead. */
const SYNC_CHECK_BUDGET_MS = 4_000;

/**
 * Which of `tokens` were delivered before, each claimed in Twilio Sync so that deliveries arriving
 * together are told apart. Undefined when Sync cannot say in time (no access, throttled, down):
 * the trigger then judges from the flow's state, as the Flow State store does, so the redelivery
 * check never refuses or holds up a delivery. Sends keyed by the token keep their own store.
 */
export async function redeliveriesInSync(
  context: ActionContext,
  connection: Connection,
  tokens: string[],
  syncService: string | undefined,
): Promise<boolean[] | undefined> {
  const { getTwilioClient } = await import("../client/twilioClient");
  const { isRedeliveryClaimed } = await import("../client/claims/deliveries");
  const client = getTwilioClient(connection);
  const claims = Promise.all(tokens.map((token) => isRedeliveryClaimed(client, token, syncService)));
  const budget = new AbortController();
  const outOfTime = setTimeout(SYNC_CHECK_BUDGET_MS, undefined, { ref: false, signal: budget.signal }).catch(() => undefined);
  let reason = `no answer within ${SYNC_CHECK_BUDGET_MS / 1000} s`;
  try {
    const answered = await Promise.race([claims, outOfTime]);
    if (answered) return answered;
    claims.catch(() => undefined);
  } catch (error) {
    const worded = (await import("../errors/builderErrors")).toBuilderError(error);
    reason = worded instanceof Error ? worded.message : String(worded);
  } finally {
    budget.abort();
  }
  context.logger.warn(
    `Idempotency Store "Twilio Sync" could not tell whether this delivery was seen before (${reason}), so redelivered was judged from the flow's state this time. Set the trigger's Idempotency Store to "Flow State" to skip Sync, or give the connection access to Twilio Sync.`,
  );
  return undefined;
}
