/** What a deployed flow can wait for: a step's request gives up after this, retries included. */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 3;
export const MAX_RETRY_DELAY_MS = 5_000;
const FIRST_RETRY_DELAY_MS = 200;

const IDEMPOTENT_METHODS = new Set(["get", "head", "options"]);

/** A read, which Twilio carries out the same however often it is sent. */
export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toLowerCase());
}
const TRANSIENT_STATUSES = new Set([500, 502, 503, 504]);
/** Failures after which the request may have reached Twilio: only reads are retried. */
const TRANSIENT_NETWORK_CODES = new Set(["ECONNRESET", "ETIMEDOUT", "ECONNABORTED", "EPIPE"]);
/** Failures before any byte reached Twilio: safe to retry whatever the method. */
const NEVER_SENT_CODES = new Set(["ECONNREFUSED", "EAI_AGAIN"]);

/**
 * Twilio error codes answered with a 429 that a retry cannot lift and would only count against
 * again: Verify's limits on one number (60202 too many checks, 60203 too many sends, 60212 too many
 * concurrent requests for one number). A retried send could also deliver a second code.
 */
const LIMITS_NOT_TO_RETRY = new Set([60202, 60203, 60212]);

export interface RetrySettings {
  maxRetries: number;
  maxRetryDelayMs: number;
}

/**
 * A 429 means Twilio did not process the request, so any method is retried. A 5xx may come
 * after Twilio accepted a send, so only reads are retried on those: retrying a POST could text
 * the recipient twice. A 429 whose Twilio error code is a limit on one number is final.
 */
export function isRetryableStatus(status: number, method: string, twilioErrorCode?: number): boolean {
  if (twilioErrorCode !== undefined && LIMITS_NOT_TO_RETRY.has(twilioErrorCode)) return false;
  return status === 429 || (isIdempotentMethod(method) && TRANSIENT_STATUSES.has(status));
}

/** A refused connection never reached Twilio; a reset or a timeout may have, so only reads are retried. */
export function isRetryableNetworkError(error: unknown, method: string): boolean {
  const code = (error as { code?: string })?.code ?? "";
  return NEVER_SENT_CODES.has(code) || (isIdempotentMethod(method) && TRANSIENT_NETWORK_CODES.has(code));
}

/** Full-jitter exponential backoff, so many workers hitting one account's limit spread out. */
export function backoffDelay(attempt: number, settings: RetrySettings): number {
  return Math.floor(Math.random() * Math.min(settings.maxRetryDelayMs, FIRST_RETRY_DELAY_MS * 2 ** attempt));
}

/** Twilio's Retry-After in seconds, capped; undefined when absent or unreadable. */
export function retryAfterDelay(header: unknown, settings: RetrySettings): number | undefined {
  const seconds = Number(header);
  if (header === undefined || header === "" || !Number.isFinite(seconds) || seconds < 0) return undefined;
  return Math.min(seconds * 1000, settings.maxRetryDelayMs);
}

/**
 * Whether a failed request may still have been carried out by Twilio: its answer was lost (a
 * reset, a timeout), unreadable, or a 5xx that can come after the work was done. A refusal with a
 * 4xx, or a connection that was never made, means nothing happened.
 */
export function mayHaveReachedTwilio(error: unknown): boolean {
  const failure = error as { code?: unknown; status?: unknown; details?: { status?: number; unreadable?: boolean } } | null;
  if (failure?.details?.unreadable) return true;
  const status = typeof failure?.status === "number" ? failure.status : failure?.details?.status;
  if (typeof status === "number") return status >= 500;
  return typeof failure?.code === "string" && TRANSIENT_NETWORK_CODES.has(failure.code);
}
