import { input } from "@prismatic-io/spectral";
import type { IdempotencyOptions } from "../client/claims/keyedCreate";
import { SID_PATTERNS } from "../client/identifiers/sids";
import { IDEMPOTENCY_KEY, IDEMPOTENCY_STORES, IDEMPOTENCY_TTL_MS, type IdempotencyStore, MAX_IDEMPOTENCY_KEYS } from "../client/terms";
import { InputError } from "../client/transport/errors";
import { cleanPattern, optionalText, withThousands } from "./clean";
import type { InputLabels } from "./labels";

const MAX_KEY_LENGTH = 256;
const TTL_DAYS = IDEMPOTENCY_TTL_MS / (24 * 60 * 60 * 1000);
const IDEMPOTENCY_KEY_LABEL = "Idempotency Key";

/** A keyed create's idempotencyKey, refused by the client when it was used for other content. */
export const IDEMPOTENCY_KEY_LABELS: InputLabels = { [IDEMPOTENCY_KEY]: IDEMPOTENCY_KEY_LABEL };

export const idempotencyKey = input({
  label: IDEMPOTENCY_KEY_LABEL,
  type: "string",
  required: false,
  example: "order-1234-shipped",
  comments: `Optional: makes the send happen once however often this flow runs again. Use a value unique to this send: the Webhook trigger's idempotencyToken (Twilio sends the same one when it redelivers a webhook), or a business ID such as order-1234-shipped. A later run of this flow with the same key sends nothing and returns what the first run created, marked replayed. The same key with other content is an error. Keys are kept for ${TTL_DAYS} days where Idempotency Store says.`,
  clean: (value: unknown): string | undefined => {
    const key = optionalText(value);
    if (key && key.length > MAX_KEY_LENGTH)
      throw new InputError(IDEMPOTENCY_KEY_LABEL, `at most ${MAX_KEY_LENGTH} characters`, `${key.length} characters`);
    return key;
  },
});

const STORE_LABELS: Record<IdempotencyStore, string> = { sync: "Twilio Sync", flowState: "Flow State" };

const storeModel = IDEMPOTENCY_STORES.map((value) => ({ label: STORE_LABELS[value], value }));

function cleanStore(value: unknown, fallback: IdempotencyStore): IdempotencyStore {
  const text = optionalText(value) ?? fallback;
  if (!(IDEMPOTENCY_STORES as readonly string[]).includes(text))
    throw new InputError("Idempotency Store", `one of ${IDEMPOTENCY_STORES.join(", ")}`, text);
  return text as IdempotencyStore;
}

const idempotencyStore = input({
  label: "Idempotency Store",
  type: "string",
  required: false,
  default: "sync",
  model: storeModel,
  comments: `Where Idempotency Keys are kept; unused without one. Twilio Sync (in your Twilio account; two small requests per keyed send): holds across parallel executions, redeliveries during a run, failed and retried executions. Flow State (this flow's state, the newest ${withThousands(MAX_IDEMPOTENCY_KEYS)} keys): for connections that may not use Sync; it only covers runs that start after an earlier one ended successfully. See the documentation, "Exactly once".`,
  clean: (value: unknown): IdempotencyStore => cleanStore(value, "sync"),
});

/**
 * The webhook and Event Streams triggers': Twilio Sync by default, as for sends. When Sync cannot
 * answer, the trigger judges from the flow's state instead of failing (triggers/syncDeliveries.ts),
 * so an instance that never set this input cannot start refusing deliveries on a connection that
 * may not use Sync.
 */
export const deliveryStore = input({
  label: "Idempotency Store",
  type: "string",
  required: false,
  default: "sync",
  model: storeModel,
  comments:
    "Where the trigger remembers Twilio's I-Twilio-Idempotency-Token to set redelivered. Twilio Sync (the default; one small request per delivery): redelivered is true for every delivery after the first, even when they arrive together or while the first execution runs; if Sync cannot answer within 4 s (no access, throttled), the flow's state decides for that delivery and a warning is logged. Flow State: no request, but a redelivery that arrives before the first execution has finished is not recognised. Sends keyed by the token are protected by their own Idempotency Store either way.",
  clean: (value: unknown): IdempotencyStore => cleanStore(value, "sync"),
});

export const syncService = input({
  label: "Sync Service",
  type: "string",
  required: false,
  example: "IS4a1b2c3d4e5f60718293a4b5c6d7e8f9",
  dataSource: "selectSyncService",
  comments:
    'The Twilio Sync Service (IS...) where Idempotency Store "Twilio Sync" keeps its keys. Leave empty to let the component create its own service on first use ("Prismatic Twilio component: idempotency keys") and find it again afterwards.',
  clean: cleanPattern("Sync Service", SID_PATTERNS.syncService, 'a Sync Service SID: "IS" followed by 32 hexadecimal characters'),
});

/** The inputs of every action that creates under an Idempotency Key. */
export const idempotencyInputs = { idempotencyKey, idempotencyStore, syncService };

export function toIdempotencyOptions(
  values: { idempotencyKey?: string; idempotencyStore: IdempotencyStore; syncService?: string },
  state: Record<string, unknown>,
): IdempotencyOptions {
  return { idempotencyKey: values.idempotencyKey, store: values.idempotencyStore, syncService: values.syncService, state };
}
