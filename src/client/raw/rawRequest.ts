import type { ActionLogger } from "@prismatic-io/spectral";
import type { sendRawRequest as SendRawRequest } from "@prismatic-io/spectral/dist/clients/http";
import { basicAuthorization } from "../transport/credentials";
import { isUnreadableJson, unreadableAnswerError } from "../transport/errorMapping";
import { InputError } from "../transport/errors";
import { API_VERSION_PATH, isTwilioHost, toBaseUrl } from "../transport/origins";
import { redactSecretsIn } from "../transport/secrets";
import { parseUrl } from "../transport/urls";
import type { TwilioClient } from "../twilioClient";

/** The raw request as its inputs give it: spectral's http inputs, of which these are read here. */
export interface RawRequestValues {
  url: string;
  method: string;
  maxRetries: number;
  retryDelayMS: number;
  useExponentialBackoff: boolean;
  retryAllErrors: boolean;
  debugRequest: boolean;
  [spectralInput: string]: unknown;
}

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
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
  if (/^[/\\]{2}/.test(url)) throw new InputError("URL", URL_EXPECTED, url);
  const withSid = url.split(ACCOUNT_SID_PLACEHOLDER).join(client.accountSid);
  if (baseUrl && (withSid === baseUrl || withSid.startsWith(`${baseUrl}/`))) return withSid;
  const absolute = withSid.startsWith("/")
    ? `${client.apiOrigin}${withSid.startsWith(`${API_VERSION_PATH}/`) ? "" : API_VERSION_PATH}${withSid}`
    : withSid;
  const parsed = parseUrl(absolute);
  if (parsed?.protocol !== "https:" || !isTwilioHost(parsed.hostname) || parsed.username || parsed.password) {
    throw new InputError("URL", URL_EXPECTED, url);
  }
  return baseUrl ? toBaseUrl(absolute, baseUrl) : absolute;
}

/**
 * Spectral's raw request with Twilio's credentials. Spectral's own debug option is never used:
 * it prints the request headers, Authorization included. A non-2xx answer throws an axios error
 * that the component's error hook turns into Twilio's code and message.
 */
export async function sendTwilioRawRequest(client: TwilioClient, values: RawRequestValues, logger: ActionLogger): Promise<unknown> {
  const url = resolveRawUrl(client, values.url);
  // Spectral's http client brings axios, form-data and mime-db: loaded on the first raw request, not with the component.
  const { sendRawRequest } = require("@prismatic-io/spectral/dist/clients/http") as { sendRawRequest: typeof SendRawRequest };
  const started = Date.now();
  const response = await sendRawRequest(
    "",
    {
      ...values,
      url,
      debugRequest: false,
      // The client's rule: a request that may have reached Twilio is repeated only when repeating
      // it changes nothing. axios-retry retries a reset connection whatever the method, and with
      // "retry on all errors" any failure, so a POST (or PATCH) is never retried, whatever the inputs say.
      maxRetries: IDEMPOTENT_METHODS.has(String(values.method).toUpperCase()) ? values.maxRetries : 0,
      // A zero delay with exponential backoff means "let axios-retry choose", which honours Retry-After.
      retryDelayMS: values.useExponentialBackoff && values.retryDelayMS === 0 ? undefined : values.retryDelayMS,
    } as unknown as Parameters<typeof SendRawRequest>[1],
    { Authorization: `Basic ${basicAuthorization(client.credentials)}` },
  );
  if (values.debugRequest) {
    logger.info(
      `Twilio raw request: ${String(values.method).toUpperCase()} ${url} answered ${response.status} in ${Date.now() - started} ms`,
    );
  }
  if (values.responseType === "json" && isUnreadableJson(response.data))
    throw unreadableAnswerError(response.status, response.headers?.["content-type"]);
  // The Account resource carries the account's Auth Token; no step result may.
  return redactSecretsIn(response.data);
}
