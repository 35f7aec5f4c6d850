/**
 * Secrets this worker has been handed, so that any text leaving the component (error messages,
 * log lines, step results) can be scrubbed of them. Defence in depth: messages are built from safe
 * fields in the first place, but a library or server may echo a request back, whole or encoded.
 */
const knownSecrets = new Set<string>();

/** Bounded so a long-lived worker serving many customers does not grow without limit. */
const MAX_REMEMBERED_SECRETS = 200;
const REDACTED = "[redacted]";
/** Fields that carry a credential in Twilio's own resources (the Account resource's auth_token). */
const SECRET_FIELDS = new Set(["auth_token", "authToken"]);

function remember(secret: string): void {
  if (knownSecrets.has(secret)) return;
  if (knownSecrets.size >= MAX_REMEMBERED_SECRETS) knownSecrets.delete(knownSecrets.values().next().value as string);
  knownSecrets.add(secret);
}

/** Remembers the secret as it is and URL-encoded, the form it takes in a query string or a form body. */
export function rememberSecret(secret: string | undefined): void {
  if (!secret || secret.length < 8) return;
  remember(secret);
  const encoded = encodeURIComponent(secret);
  if (encoded !== secret) remember(encoded);
}

export function redactSecrets(text: string): string {
  let redacted = text;
  for (const secret of knownSecrets) {
    redacted = redacted.split(secret).join(REDACTED);
  }
  return redacted;
}

/** A credential field as JSON text carries it: `"auth_token": "..."`. */
const SECRET_FIELD_IN_TEXT = /("(?:auth_token|authToken)"\s*:\s*")[^"]*"/g;

/**
 * Bytes (a Raw Request read as binary) with the same scrubbing: read as Latin-1, which maps every
 * byte to one character and back, so everything but a secret keeps its exact bytes.
 */
function redactSecretsInBytes(bytes: Buffer): Buffer {
  const text = bytes.toString("latin1");
  const redacted = redactSecrets(text).replace(SECRET_FIELD_IN_TEXT, `$1${REDACTED}"`);
  return redacted === text ? bytes : Buffer.from(redacted, "latin1");
}

/** A step result with every known secret scrubbed from its strings and bytes, and every credential field blanked. */
export function redactSecretsIn<T>(value: T): T {
  if (typeof value === "string") return redactSecrets(value) as T;
  if (Buffer.isBuffer(value)) return redactSecretsInBytes(value) as T;
  if (Array.isArray(value)) return value.map(redactSecretsIn) as T;
  if (value && typeof value === "object" && !Buffer.isBuffer(value) && !(value instanceof Date) && !ArrayBuffer.isView(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [key, SECRET_FIELDS.has(key) && field ? REDACTED : redactSecretsIn(field)]),
    ) as T;
  }
  return value;
}
