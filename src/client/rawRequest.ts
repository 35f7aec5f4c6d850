import type { ActionInputParameters, ActionLogger } from "@prismatic-io/spectral";
import { sendRawRequest } from "@prismatic-io/spectral/dist/clients/http";
import type { rawRequestInputs } from "../inputs/rawRequest";
import { basicAuthorization } from "./credentials";
import { InputError } from "./errors";
import type { TwilioClient } from "./twilioClient";
import { parseUrl } from "./urls";

export type RawRequestValues = ActionInputParameters<typeof rawRequestInputs>;

const API_VERSION_PATH = "/2010-04-01";
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
const TWILIO_API_HOST = /^([a-z0-9-]+\.)*twilio\.com$/;

/**
 * Where a raw request may go: a path under the account's API origin, or an absolute URL on a
 * Twilio API host (or the connection's own base URL). Anything else would hand the account's
 * credentials to a stranger.
 */
export function resolveRawUrl(client: TwilioClient, url: string): string {
  if (url.startsWith("/")) {
    return url.startsWith(`${API_VERSION_PATH}/`) ? `${client.apiOrigin}${url}` : `${client.apiOrigin}${API_VERSION_PATH}${url}`;
  }
  const baseUrl = client.credentials.baseUrl;
  if (baseUrl && (url === baseUrl || url.startsWith(`${baseUrl}/`))) return url;
  const parsed = parseUrl(url);
  if (parsed?.protocol !== "https:" || !TWILIO_API_HOST.test(parsed.hostname) || parsed.username || parsed.password) {
    throw new InputError("URL", "a path such as /Accounts/AC.../Calls.json, or an https URL on a Twilio API host (*.twilio.com)", url);
  }
  return url;
}

/**
 * Spectral's raw request with Twilio's credentials. Spectral's own debug option is never used:
 * it prints the request headers, Authorization included. A non-2xx answer throws an axios error
 * that the component's error hook turns into Twilio's code and message.
 */
export async function sendTwilioRawRequest(client: TwilioClient, values: RawRequestValues, logger: ActionLogger): Promise<unknown> {
  const url = resolveRawUrl(client, values.url);
  const started = Date.now();
  const response = await sendRawRequest(
    "",
    {
      ...values,
      url,
      debugRequest: false,
      // axios-retry retries a network error whatever the method, and a POST whose connection
      // reset after Twilio accepted it would send twice: only idempotent methods are retried
      // unless the builder chose "retry on all errors".
      maxRetries: values.retryAllErrors || IDEMPOTENT_METHODS.has(values.method) ? values.maxRetries : 0,
      // A zero delay with exponential backoff means "let axios-retry choose", which honours Retry-After.
      retryDelayMS: values.useExponentialBackoff && values.retryDelayMS === 0 ? undefined : values.retryDelayMS,
    } as unknown as Parameters<typeof sendRawRequest>[1],
    { Authorization: `Basic ${basicAuthorization(client.credentials)}` },
  );
  if (values.debugRequest) {
    logger.info(
      `Twilio raw request: ${String(values.method).toUpperCase()} ${url} answered ${response.status} in ${Date.now() - started} ms`,
    );
  }
  return response.data;
}
