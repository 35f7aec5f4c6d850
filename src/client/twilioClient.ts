import { createHash } from "node:crypto";
import type { Connection } from "@prismatic-io/spectral";
import BaseTwilio from "twilio/lib/base/BaseTwilio";
import Domain from "twilio/lib/base/Domain";
import Version from "twilio/lib/base/Version";
import type V2010 from "twilio/lib/rest/api/V2010";
import { IncomingPhoneNumberListInstance } from "twilio/lib/rest/api/v2010/account/incomingPhoneNumber";
import { MessageListInstance } from "twilio/lib/rest/api/v2010/account/message";
import { subaccountCredentials } from "./accounts/subaccountCredentials";
import { readCredentials, type TwilioCredentials } from "./transport/credentials";
import { fromTwilioErrorBody } from "./transport/errorMapping";
import { type HttpSettings, TwilioHttpClient } from "./transport/httpClient";
import { TWILIO_ORIGINS } from "./transport/origins";
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, MAX_RETRY_DELAY_MS } from "./transport/retryPolicy";

/** Builds a product's twilio-node resources from versions of its API (`version(TWILIO_ORIGINS.verify, "v2")`). */
type ProductBuilder<T> = (version: (origin: (typeof TWILIO_ORIGINS)[keyof typeof TWILIO_ORIGINS], name: string) => Version) => Promise<T>;

/**
 * The slice of Twilio's API the component uses, behind one factory. Messages and phone numbers
 * are built with the client because nearly every flow uses them. Every other product has a
 * folder of its own beside messages/ whose module loads its twilio-node resources through
 * `product` with a dynamic import(): webpack puts them in a chunk of their own beside index.js,
 * so a flow that only sends SMS never loads (or parses) voice or verify code.
 */
export interface TwilioClient {
  readonly credentials: TwilioCredentials;
  readonly accountSid: string;
  readonly messages: MessageListInstance;
  readonly incomingPhoneNumbers: IncomingPhoneNumberListInstance;
  /** The product's resources, built on first use by `build` and kept with this client. */
  product<T>(name: string, build: ProductBuilder<T>): Promise<T>;
  /** https://api.twilio.com, or its regional or edge host. A Base URL stands in for it in the HTTP client. */
  readonly apiOrigin: string;
  readonly request: BaseTwilio.Client["request"];
  /** Downloads and raw requests: the same agent, timeout, Base URL and retry loop as `request`, every status answered. */
  readonly send: TwilioHttpClient["send"];
}

/**
 * Performs, triggers and data sources import this module on their first use, not when the
 * component loads: twilio-node's request stack comes with it, in the client chunk beside index.js,
 * so a worker that only describes the component or fails validation never pays for it.
 * Clients are reused across invocations in the same worker so their keep-alive connections are
 * too: one TLS handshake instead of one per step. The key covers every credential and setting,
 * hashed, so two credentials never share a client and the map holds no secret in clear.
 */
const clientCache = new Map<string, TwilioClient>();
const MAX_CACHED_CLIENTS = 50;

export function getTwilioClient(connection: Connection): TwilioClient {
  const credentials = readCredentials(connection);
  const cacheKey = createHash("sha256").update(JSON.stringify(credentials)).digest("hex");
  const cached = clientCache.get(cacheKey);
  if (cached) return cached;
  const client = buildClient(credentials);
  if (clientCache.size >= MAX_CACHED_CLIENTS) clientCache.delete(clientCache.keys().next().value as string);
  clientCache.set(cacheKey, client);
  return client;
}

/**
 * Builds only the API domains the component uses instead of twilio-node's whole client, whose
 * bundle is about 2.4 MB; the list and instance classes are twilio-node's own.
 */
function buildClient(credentials: TwilioCredentials): TwilioClient {
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
  throwRefusals(base);
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
    send: (config, rules) => httpClient.send(config, rules),
  };
}

/**
 * Every request of every product, twilio-node's resource classes and direct requests alike, passes
 * through the client's request: a refusal is thrown there as the one error type (TwilioApiError,
 * with Twilio's code, message, link and status) before twilio-node can build its own exceptions.
 */
function throwRefusals(base: BaseTwilio.Client): void {
  const request = base.request.bind(base);
  base.request = async (opts) => {
    const response = await request(opts);
    if (response.statusCode >= 400) throw fromTwilioErrorBody(response.statusCode, response.body);
    return response;
  };
}
