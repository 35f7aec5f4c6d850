import type { ActionLogger } from "@prismatic-io/spectral";
import { RAW_URL } from "../terms";
import { basicAuthorization } from "../transport/credentials";
import { fromTwilioErrorBody, isUnreadableJson, unreadableAnswerError } from "../transport/errorMapping";
import { InputError } from "../transport/errors";
import { clientRetryRules, type RetryRules } from "../transport/httpClient";
import { API_VERSION_PATH, isTwilioHost, mayCarryCredentials, toBaseUrl } from "../transport/origins";
import { isIdempotentMethod, MAX_RETRY_DELAY_MS, retryAfterDelay } from "../transport/retryPolicy";
import { redactSecretsIn } from "../transport/secrets";
import { parseUrl } from "../transport/urls";
import type { TwilioClient } from "../twilioClient";

/** How often and how long apart a raw request is tried again, within the client's rules (rawRetryRules). */
export interface RawRetries {
  maxRetries: number;
  /** 0: the client's own backoff; otherwise this delay between tries. */
  delayMs: number;
  /** The delay doubles after each try. */
  exponential: boolean;
  /** A read (GET, HEAD, OPTIONS) is tried again after any failure, a 4xx answer included. */
  afterAnyFailure: boolean;
}

/** A request to any Twilio REST endpoint, as HTTP says it. */
export interface RawRequest {
  method: string;
  /** A path under the REST API, or a URL on a Twilio host (resolveRawUrl). */
  url: string;
  headers: Record<string, string>;
  query: Record<string, string>;
  body?: string | FormData;
  responseType: "json" | "text" | "arraybuffer" | "document";
  timeoutMs: number;
  retries: RawRetries;
  /** Log the method, URL, status and time of the request (never its headers). */
  logSummary: boolean;
}

/** The longest wait between two tries a delay that doubles can reach. */
export const MAX_RAW_RETRY_DELAY_MS = 60_000;
/** Stands for the connection's Account SID in a path, as the URL input's placeholder shows. */
const ACCOUNT_SID_PLACEHOLDER = "{AccountSid}";
const URL_EXPECTED =
  "a path such as /Accounts/AC.../Calls.json, or an https URL on a Twilio API host (*.twilio.com); {AccountSid} in it stands for the connection's Account SID";

/**
 * Where a raw request may go: a path under the account's API origin, or an absolute URL on a
 * Twilio API host. Anything else would hand the account's credentials to a stranger. With a
 * Base URL on the connection, every Twilio URL goes there, as the client's own requests do.
 */
export function resolveRawUrl(client: TwilioClient, url: string): string {
  const { baseUrl } = client.credentials;
  // "//host/path" and "\\host" are read as another host by URL parsers: never a path of Twilio's.
  if (/^[/\\]{2}/.test(url)) throw new InputError(RAW_URL, URL_EXPECTED, url);
  const withSid = url.split(ACCOUNT_SID_PLACEHOLDER).join(client.accountSid);
  if (baseUrl && (withSid === baseUrl || withSid.startsWith(`${baseUrl}/`))) return withSid;
  const absolute = withSid.startsWith("/")
    ? `${client.apiOrigin}${withSid.startsWith(`${API_VERSION_PATH}/`) ? "" : API_VERSION_PATH}${withSid}`
    : withSid;
  const parsed = parseUrl(absolute);
  if (parsed?.protocol !== "https:" || !isTwilioHost(parsed.hostname) || parsed.username || parsed.password) {
    throw new InputError(RAW_URL, URL_EXPECTED, url);
  }
  return baseUrl ? toBaseUrl(absolute, baseUrl) : absolute;
}

/**
 * The client's rules (retryPolicy.ts) with the builder's count and delays: a request that may have
 * reached Twilio is tried again only when it is a read. A POST, PUT, PATCH or DELETE is tried again
 * only after a 429 or a refused connection, which Twilio never acted on, whatever the builder asks.
 */
export function rawRetryRules(method: string, retries: RawRetries): RetryRules {
  const settings = { maxRetries: retries.maxRetries, maxRetryDelayMs: MAX_RETRY_DELAY_MS };
  const client = clientRetryRules(method, settings);
  const anyFailure = retries.afterAnyFailure && isIdempotentMethod(method);
  return {
    maxRetries: retries.maxRetries,
    retriesAnswer: (answer) => client.retriesAnswer(answer) || (anyFailure && (answer.statusCode < 200 || answer.statusCode >= 300)),
    retriesFailure: (error) => client.retriesFailure(error) || anyFailure,
    delayMs: (attempt, answer) => {
      if (retries.delayMs === 0) return client.delayMs(attempt, answer);
      const chosen = Math.min(MAX_RAW_RETRY_DELAY_MS, retries.delayMs * (retries.exponential ? 2 ** attempt : 1));
      return Math.max(chosen, (answer && retryAfterDelay(answer.headers["retry-after"], settings)) ?? 0);
    },
  };
}

/** follow-redirects' options of the next hop: the credentials stay behind unless it is Twilio (or the Base URL). */
function keepCredentialsOnTwilio(baseUrl: string | undefined) {
  return (options: Record<string, unknown>) => {
    const target = parseUrl(`${options.protocol}//${options.hostname}${options.port ? `:${options.port}` : ""}${options.path ?? "/"}`);
    if (target && mayCarryCredentials(target, baseUrl)) return;
    const headers = options.headers as Record<string, unknown>;
    for (const name of Object.keys(headers)) if (name.toLowerCase() === "authorization") delete headers[name];
  };
}

/**
 * A raw request through the client's `send`: the credential's keep-alive agent and retry loop, with
 * rawRetryRules. A non-2xx answer is thrown as the one error type, with Twilio's code and message.
 */
export async function sendTwilioRawRequest(client: TwilioClient, request: RawRequest, logger: ActionLogger): Promise<unknown> {
  const url = resolveRawUrl(client, request.url);
  const { baseUrl } = client.credentials;
  const started = Date.now();
  const answer = await client.send(
    {
      method: request.method,
      url,
      headers: { ...request.headers, Authorization: `Basic ${basicAuthorization(client.credentials)}` },
      params: request.query,
      data: request.body,
      responseType: request.responseType,
      timeout: request.timeoutMs,
      maxContentLength: Number.POSITIVE_INFINITY,
      maxBodyLength: Number.POSITIVE_INFINITY,
      beforeRedirect: keepCredentialsOnTwilio(baseUrl),
    },
    rawRetryRules(request.method, request.retries),
  );
  if (request.logSummary) {
    logger.info(`Twilio raw request: ${request.method} ${url} answered ${answer.statusCode} in ${Date.now() - started} ms`);
  }
  if (answer.statusCode < 200 || answer.statusCode >= 300) throw fromTwilioErrorBody(answer.statusCode, answer.body);
  if (request.responseType === "json" && isUnreadableJson(answer.body))
    throw unreadableAnswerError(answer.statusCode, answer.headers["content-type"]);
  // The Account resource carries the account's Auth Token; no step result may.
  return redactSecretsIn(answer.body);
}
