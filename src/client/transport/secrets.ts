/**
 * Secrets this worker has been handed, so that any text leaving the component (error messages,
 * log lines) can be scrubbed of them. Defence in depth: messages are built from safe fields in
 * the first place, but a library or server may echo a request back.
 */
const knownSecrets = new Set<string>();

/** Bounded so a long-lived worker serving many customers does not grow without limit. */
const MAX_REMEMBERED_SECRETS = 200;

export function rememberSecret(secret: string | undefined): void {
  if (!secret || secret.length < 8 || knownSecrets.has(secret)) return;
  if (knownSecrets.size >= MAX_REMEMBERED_SECRETS) {
    const oldest = knownSecrets.values().next().value as string;
    knownSecrets.delete(oldest);
  }
  knownSecrets.add(secret);
}

export function redactSecrets(text: string): string {
  let redacted = text;
  for (const secret of knownSecrets) {
    redacted = redacted.split(secret).join("[redacted]");
  }
  return redacted;
}
