import { waits } from "../transport/waits";
import type { TwilioClient } from "../twilioClient";
import { syncRequest, withSyncAccessError } from "./maps";
import { listSyncServices, SYNC_SERVICES_URI, type SyncServiceBody } from "./services";

/**
 * The Sync Service idempotency keys are claimed in: the one a builder names, or one the component
 * creates on first use and finds again by its friendly name.
 */
export const COMPONENT_SYNC_SERVICE_NAME = "Prismatic Twilio component: idempotency keys";
/** Two executions that both created a service on first use must agree on one: each waits this long, then lists them again. */
const SETTLE_AFTER_CREATE_MS = 1_500;

/** After the component's own service was deleted: the next use finds or creates one again. */
export function forgetComponentService(client: TwilioClient): void {
  serviceSids.get(client)?.delete(client.accountSid);
}

/** Resolved services by client, so a worker looks its service up once. */
const serviceSids = new WeakMap<TwilioClient, Map<string, Promise<string>>>();

/** The service named (an IS SID, checked by the input), or the component's own. */
export function syncServiceSid(client: TwilioClient, named: string | undefined): Promise<string> {
  if (named) return Promise.resolve(named);
  let known = serviceSids.get(client);
  if (!known) {
    known = new Map();
    serviceSids.set(client, known);
  }
  let resolved = known.get(client.accountSid);
  if (!resolved) {
    resolved = componentService(client);
    resolved.catch(() => known.delete(client.accountSid));
    known.set(client.accountSid, resolved);
  }
  return resolved;
}

/**
 * A service younger than this may be the loser of executions that created one each at the same
 * moment, about to be deleted by its creator: Twilio's date_created counts whole seconds, and
 * Twilio's clock and this one differ.
 */
const CONTESTED_FOR_MS = SETTLE_AFTER_CREATE_MS + 60_000;

/**
 * The component's own service: the oldest with its name, created when there is none. Executions
 * that find none at the same moment each create one, wait for the others' to land, keep the
 * oldest and delete their own otherwise; one that finds a service so young it may be such a loser
 * waits as they do before it takes the oldest, or its claims would go to a deleted service.
 */
async function componentService(client: TwilioClient): Promise<string> {
  const [oldest] = await ownServices(client);
  if (oldest && Date.now() - Date.parse(oldest.date_created) >= CONTESTED_FOR_MS) return oldest.sid;
  if (oldest) {
    await waits.settle(SETTLE_AFTER_CREATE_MS);
    const [survivor] = await ownServices(client);
    if (survivor) return survivor.sid;
  }
  const created = await syncRequest<SyncServiceBody>(client, {
    method: "post",
    uri: SYNC_SERVICES_URI,
    data: { FriendlyName: COMPONENT_SYNC_SERVICE_NAME },
  });
  await waits.settle(SETTLE_AFTER_CREATE_MS);
  const [survivor] = await ownServices(client);
  if (survivor.sid !== created.sid)
    await syncRequest(client, { method: "delete", uri: `${SYNC_SERVICES_URI}/${created.sid}` }).catch(() => undefined);
  return survivor.sid;
}

async function ownServices(client: TwilioClient): Promise<SyncServiceBody[]> {
  const services = await withSyncAccessError(() => listSyncServices(client));
  return services
    .filter((service) => service.friendly_name === COMPONENT_SYNC_SERVICE_NAME)
    .sort((a, b) => Date.parse(a.date_created) - Date.parse(b.date_created) || a.sid.localeCompare(b.sid));
}
