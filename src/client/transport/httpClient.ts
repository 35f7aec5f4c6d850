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

/**
 * twilio-node's RequestClient with the retry policy a deployed flow needs (retryPolicy.ts):
 * twilio-node's own autoRetry retries only 429s and ignores Retry-After.
 */
export class TwilioHttpClient extends RequestClient {
  constructor(private readonly settings: HttpSettings) {
    super({ timeout: settings.timeoutMs, keepAlive: true, autoRetry: false });
  }

  override async request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    const { baseUrl } = this.settings;
    const credentials = await this.settings.credentialsFor?.(opts.uri);
    const target = { ...opts, ...credentials, uri: baseUrl ? toBaseUrl(opts.uri, baseUrl) : opts.uri };
    const method = String(opts.method);
    for (let attempt = 0; ; attempt++) {
      const canRetry = attempt < this.settings.maxRetries;
      let response: Response<TData>;
      try {
        response = await super.request(target);
      } catch (error) {
        if (!canRetry || !isRetryableNetworkError(error, method)) throw error;
        await waits.sleep(backoffDelay(attempt, this.settings));
        continue;
      }
      if (!canRetry || !isRetryableStatus(response.statusCode, method, twilioErrorCode(response.body))) {
        // Every request twilio-node makes expects JSON: anything else would surface as a parser's message.
        if (isUnreadableJson(response.body)) throw unreadableAnswerError(response.statusCode, response.headers?.["content-type"]);
        return response;
      }
      await waits.sleep(retryAfterDelay(response.headers?.["retry-after"], this.settings) ?? backoffDelay(attempt, this.settings));
    }
  }
}
