import { input } from "@prismatic-io/spectral";
import { IDEMPOTENCY_TTL_MS, MAX_IDEMPOTENCY_KEYS } from "../client/terms";
import { InputError } from "../client/transport/errors";
import { optionalText, withThousands } from "./clean";

const MAX_KEY_LENGTH = 256;
const TTL_DAYS = IDEMPOTENCY_TTL_MS / (24 * 60 * 60 * 1000);

export const idempotencyKey = input({
  label: "Idempotency Key",
  type: "string",
  required: false,
  example: "order-1234-shipped",
  comments: `Optional: makes the send happen once however often this flow runs again. Use a value unique to this send: the Webhook trigger's idempotencyToken (Twilio sends the same one when it redelivers a webhook), or a business ID such as order-1234-shipped. A later run of this flow with the same key sends nothing and returns what the first run created, marked replayed. The same key with other content is an error. Keys are kept in this flow's state for ${TTL_DAYS} days (the newest ${withThousands(MAX_IDEMPOTENCY_KEYS)}).`,
  clean: (value: unknown): string | undefined => {
    const key = optionalText(value);
    if (key && key.length > MAX_KEY_LENGTH)
      throw new InputError("Idempotency Key", `at most ${MAX_KEY_LENGTH} characters`, `${key.length} characters`);
    return key;
  },
});
