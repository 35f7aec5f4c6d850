import BaseTwilio from "twilio/lib/base/BaseTwilio";
import Domain from "twilio/lib/base/Domain";
import Version from "twilio/lib/base/Version";
import type V2010 from "twilio/lib/rest/api/V2010";
import { IncomingPhoneNumberListInstance } from "twilio/lib/rest/api/v2010/account/incomingPhoneNumber";
import { MessageListInstance } from "twilio/lib/rest/api/v2010/account/message";
import { subaccountCredentials } from "./accounts/subaccountCredentials";
import type { TwilioCredentials } from "./transport/credentials";
import { type HttpSettings, TwilioHttpClient } from "./transport/httpClient";
import { TWILIO_ORIGINS } from "./transport/origins";
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, MAX_RETRY_DELAY_MS } from "./transport/retryPolicy";
import type { ProductBuilder, TwilioClient } from "./twilioClient";

/**
 * Builds only the API domains the component uses instead of twilio-node's whole client, whose
 * bundle is about 2.4 MB; the list and instance classes are twilio-node's own.
 */
export function buildClient(credentials: TwilioCredentials): TwilioClient {
  const { username, password, accountSid, region, edge, baseUrl } = credentials;
  const settings: HttpSettings = {
    baseUrl,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    maxRetries: DEFAULT_MAX_RETRIES,
    maxRetryDelayMs: MAX_RETRY_DELAY_MS,
  };
  const httpClient = new TwilioHttpClient(settings);
  // Empty strings, not undefined: twilio-node falls back to TWILIO_* environment variables otherwise,
  // and debug logging is pinned off because it prints request details.
  const base = new BaseTwilio.Client(username, password, {
    accountSid,
    region: region ?? "",
    edge: edge ?? "",
    httpClient,
    logLevel: "info",
    userAgentExtensions: ["prismatic-twilio-component"],
  });
  const v2010 = new Version(new Domain(base, TWILIO_ORIGINS.api), "2010-04-01") as V2010;
  const products = new Map<string, Promise<unknown>>();
  const version = (origin: string, name: string) => new Version(new Domain(base, origin), name);
  const apiOrigin = `https://${base.getHostname(new URL(TWILIO_ORIGINS.api).host, edge, region)}`;
  if (credentials.parentAccountSid) settings.credentialsFor = subaccountCredentials(credentials, apiOrigin, httpClient);
  return {
    credentials,
    accountSid,
    messages: MessageListInstance(v2010, accountSid),
    incomingPhoneNumbers: IncomingPhoneNumberListInstance(v2010, accountSid),
    product: <T>(name: string, build: ProductBuilder<T>) => {
      let built = products.get(name) as Promise<T> | undefined;
      if (!built) {
        built = build(version);
        // A chunk that failed to load is tried again on the next use, not remembered as failed.
        built.catch(() => products.delete(name));
        products.set(name, built);
      }
      return built;
    },
    apiOrigin,
    request: (opts) => base.request(opts),
  };
}
