import { setTimeout as sleep } from "node:timers/promises";
import RequestClient from "twilio/lib/base/RequestClient";
import type Response from "twilio/lib/http/response";

export interface HttpSettings {
  /** Replaces the scheme and host of every Twilio URL, next-page URLs included. */
  baseUrl?: string;
  timeoutMs: number;
  maxRetries: number;
  maxRetryDelayMs: number;
}

const TWILIO_HOST = /^https:\/\/[a-z0-9.-]+\.twilio\.com(?=\/|$)/;
const IDEMPOTENT_METHODS = new Set(["get", "head", "options"]);
const TRANSIENT_STATUSES = new Set([500, 502, 503, 504]);
/** Failures after which the request may have reached Twilio: only reads are retried. */
const TRANSIENT_NETWORK_CODES = new Set(["ECONNRESET", "ETIMEDOUT", "ECONNABORTED", "EPIPE"]);
/** Failures before any byte reached Twilio: safe to retry whatever the method. */
const NEVER_SENT_CODES = new Set(["ECONNREFUSED", "EAI_AGAIN"]);
const FIRST_RETRY_DELAY_MS = 200;

/**
 * twilio-node's RequestClient with the retry policy a deployed flow needs.
 *
 * A 429 means Twilio did not process the request, so any method is retried, honouring
 * Retry-After (twilio-node's own autoRetry ignores it). A 5xx, a timeout or a dropped
 * connection may come after Twilio accepted a send, so only reads are retried on those:
 * retrying a POST could text the recipient twice. A refused connection never reached Twilio.
 */
export class TwilioHttpClient extends RequestClient {
  constructor(private readonly settings: HttpSettings) {
    super({ timeout: settings.timeoutMs, keepAlive: true, autoRetry: false });
  }

  override async request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    const target = { ...opts, uri: this.rewriteHost(opts.uri) };
    const method = String(opts.method).toLowerCase();
    for (let attempt = 0; ; attempt++) {
      const canRetry = attempt < this.settings.maxRetries;
      let response: Response<TData>;
      try {
        response = await super.request(target);
      } catch (error) {
        if (!canRetry || !isRetryableNetworkError(error, method)) throw error;
        await sleep(this.backoffDelay(attempt));
        continue;
      }
      const retryable = response.statusCode === 429 || (IDEMPOTENT_METHODS.has(method) && TRANSIENT_STATUSES.has(response.statusCode));
      if (!canRetry || !retryable) return response;
      await sleep(this.retryAfterDelay(response.headers?.["retry-after"]) ?? this.backoffDelay(attempt));
    }
  }

  private rewriteHost(uri: string): string {
    return this.settings.baseUrl ? uri.replace(TWILIO_HOST, this.settings.baseUrl) : uri;
  }

  /** Full-jitter exponential backoff, so many workers hitting one account's limit spread out. */
  private backoffDelay(attempt: number): number {
    return Math.floor(Math.random() * Math.min(this.settings.maxRetryDelayMs, FIRST_RETRY_DELAY_MS * 2 ** attempt));
  }

  private retryAfterDelay(header: unknown): number | undefined {
    const seconds = Number(header);
    if (header === undefined || header === "" || !Number.isFinite(seconds) || seconds < 0) return undefined;
    return Math.min(seconds * 1000, this.settings.maxRetryDelayMs);
  }
}

function isRetryableNetworkError(error: unknown, method: string): boolean {
  const code = (error as { code?: string })?.code ?? "";
  return NEVER_SENT_CODES.has(code) || (IDEMPOTENT_METHODS.has(method) && TRANSIENT_NETWORK_CODES.has(code));
}
