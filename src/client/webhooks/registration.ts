import { isNotFound } from "../transport/errors";

/**
 * The one registration algorithm of the deploy and delete hooks. Each webhook setting the
 * component points at a flow is a slot: a number's SmsUrl or VoiceUrl (numberUrlRegistration.ts),
 * a Messaging Service's InboundRequestUrl (serviceRegistration.ts), a Conversation Service's
 * post-event webhook (conversations/webhookRegistration.ts).
 */

/**
 * One webhook setting of one resource at Twilio (a number's SmsUrl, a Messaging Service's
 * InboundRequestUrl, a Conversation Service's post-event webhook), as the deploy hook points it at
 * the flow and the delete hook puts it back. `P` is what is put back: the URL and what goes with it.
 */
export interface WebhookSlot<R, P> {
  /** The resource as it is now; its not-found error says it is gone. */
  fetch(): Promise<R>;
  sidOf(resource: R): string;
  /** The URL it calls now, "" (or null) when none. */
  urlOf(resource: R): string | null;
  /** What to put back later: the setting as it is now. */
  settingOf(resource: R): P;
  /** Points it at `url`, when that changes anything. */
  point(resource: R, url: string): Promise<void>;
  restore(sid: string, previous: P): Promise<void>;
}

/** What is remembered between deploy and delete: null `previous` when the resource already called the flow, so what it had is unknown. */
export interface SlotRegistration<P> {
  sid: string;
  registeredUrl: string;
  previous: P | null;
}

type SlotRelease = "restored" | "changedSince" | "gone" | "previousUnknown";

/**
 * Points the slot at the flow and says what to remember. A redeploy keeps the setting from before
 * the first registration instead of remembering the flow's own URL; a resource that already called
 * the flow has an unknown previous setting.
 */
export async function pointSlot<R, P>(
  slot: WebhookSlot<R, P>,
  url: string,
  existing?: SlotRegistration<P>,
): Promise<{ resource: R; registration: SlotRegistration<P> }> {
  const resource = await slot.fetch();
  const sid = slot.sidOf(resource);
  const current = slot.urlOf(resource);
  const stillOurs = existing && existing.sid === sid && current === existing.registeredUrl;
  const previous = stillOurs ? existing.previous : current === url ? null : slot.settingOf(resource);
  await slot.point(resource, url);
  return { resource, registration: { sid, registeredUrl: url, previous } };
}

/**
 * Puts back the setting found at registration, unless someone has pointed the resource elsewhere
 * since, or what was there before is unknown: restoring a guess could break someone else's setup.
 */
export async function restoreSlot<R, P>(slot: WebhookSlot<R, P>, registration: SlotRegistration<P>): Promise<SlotRelease> {
  let resource: R;
  try {
    resource = await slot.fetch();
  } catch (error) {
    if (isNotFound(error)) return "gone";
    throw error;
  }
  if (slot.urlOf(resource) !== registration.registeredUrl) return "changedSince";
  if (registration.previous === null) return "previousUnknown";
  await slot.restore(registration.sid, registration.previous);
  return "restored";
}
