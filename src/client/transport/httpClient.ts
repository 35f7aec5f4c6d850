import axios, { type AxiosRequestConfig } from "axios";
import RequestClient from "twilio/lib/base/RequestClient";
import type Response from "twilio/lib/http/response";
import { isUnreadableJson, twilioErrorCode, unreadableAnswerError } from "./errorMapping";
import { toBaseUrl } from "./origins";
import { backoffDelay, isRetryableNetworkError, isRetryableStatus, type RetrySettings, retryAfterDelay } from "./retryPolicy";
import { waits } from "./waits";

export interface HttpSettings extends RetrySettings {
  /** Stands in for every Twilio host, next-page URLs included (see toBaseUrl). */
  baseUrl?: string;
  timeoutMs: number;
  /** Other credentials for some requests (a subaccount's, on hosts that know the account only by its credentials). */
  credentialsFor?(uri: string): Promise<{ username: string; password: string } | undefined>;
}

/** One answer, whatever its status: the retry loop and the callers read it. */
export interface Answer<T> {
  statusCode: number;
  body: T;
  headers: Record<string, unknown>;
}

/** When a failed attempt is tried again, and after how long. */
export interface RetryRules {
  maxRetries: number;
  retriesAnswer(answer: Answer<unknown>): boolean;
  retriesFailure(error: unknown): boolean;
  /** The wait before retry number `attempt` (0 first); `answer` is absent after a network failure. */
  delayMs(attempt: number, answer?: Answer<unknown>): number;
}

/** The client's rules (retryPolicy.ts) for one method: every request of the component starts from them. */
export function clientRetryRules(method: string, settings: RetrySettings): RetryRules {
  return {
    maxRetries: settings.maxRetries,
    retriesAnswer: (answer) => isRetryableStatus(answer.statusCode, method, twilioErrorCode(answer.body)),
    retriesFailure: (error) => isRetryableNetworkError(error, method),
    delayMs: (attempt, answer) => (answer && retryAfterDelay(answer.headers?.["retry-after"], settings)) ?? backoffDelay(attempt, settings),
  };
}

/** The one retry loop: an answer not retried is returned as it is, a streamed body of one that is retried is let go. */
async function withRetries<T>(rules: RetryRules, send: () => Promise<Answer<T>>): Promise<Answer<T>> {
  for (let attempt = 0; ; attempt++) {
    const canRetry = attempt < rules.maxRetries;
    let answer: Answer<T>;
    try {
      answer = await send();
    } catch (error) {
      if (!canRetry || !rules.retriesFailure(error)) throw error;
      await waits.sleep(rules.delayMs(attempt));
      continue;
    }
    if (!canRetry || !rules.retriesAnswer(answer)) return answer;
    (answer.body as { destroy?: () => void } | null)?.destroy?.();
    await waits.sleep(rules.delayMs(attempt, answer));
  }
}

/**
 * twilio-node's RequestClient with the retry policy a deployed flow needs (retryPolicy.ts):
 * twilio-node's own autoRetry retries only 429s and ignores Retry-After. One per credential
 * (twilioClient.ts), so its keep-alive agent is too, for every request of that credential.
 */
export class TwilioHttpClient extends RequestClient {
  constructor(private readonly settings: HttpSettings) {
    super({ timeout: settings.timeoutMs, keepAlive: true, autoRetry: false });
  }

  override async request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    const credentials = await this.settings.credentialsFor?.(opts.uri);
    const target = { ...opts, ...credentials, uri: this.mapped(opts.uri) };
    const response = await withRetries(clientRetryRules(String(opts.method), this.settings), () => super.request(target));
    // Every request twilio-node makes expects JSON: anything else would surface as a parser's message.
    if (isUnreadableJson(response.body)) throw unreadableAnswerError(response.statusCode, response.headers?.["content-type"]);
    return response;
  }

  /**
   * A request twilio-node's resources cannot make (a streamed download, a raw request): on the same
   * keep-alive agent, with the same timeout and Base URL, through the same retry loop (the client's
   * rules unless `rules` says otherwise). Every status is answered, none thrown; the caller adds
   * the credentials where they may go.
   */
  async send<T>(config: AxiosRequestConfig & { url: string }, rules?: RetryRules): Promise<Answer<T>> {
    const request: AxiosRequestConfig = {
      timeout: this.settings.timeoutMs,
      ...config,
      url: this.mapped(config.url),
      httpsAgent: this.axios.defaults.httpsAgent,
      // The agent is the proxy when HTTP_PROXY is set, as for twilio-node's own requests.
      proxy: false,
      validateStatus: () => true,
    };
    return withRetries(rules ?? clientRetryRules(config.method ?? "get", this.settings), async () => {
      const response = await axios.request<T>(request);
      return { statusCode: response.status, body: response.data, headers: response.headers as Record<string, unknown> };
    });
  }

  private mapped(uri: string): string {
    return this.settings.baseUrl ? toBaseUrl(uri, this.settings.baseUrl) : uri;
  }
}
