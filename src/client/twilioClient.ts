import { createHash } from "node:crypto";
import type { Connection } from "@prismatic-io/spectral";
import BaseTwilio from "twilio/lib/base/BaseTwilio";
import Domain from "twilio/lib/base/Domain";
import Version from "twilio/lib/base/Version";
import type V2010 from "twilio/lib/rest/api/V2010";
import { IncomingPhoneNumberListInstance } from "twilio/lib/rest/api/v2010/account/incomingPhoneNumber";
import { MessageListInstance } from "twilio/lib/rest/api/v2010/account/message";
import type MessagingV1 from "twilio/lib/rest/messaging/V1";
import { ServiceListInstance } from "twilio/lib/rest/messaging/v1/service";
import { readCredentials, type TwilioCredentials } from "./credentials";
import { TwilioHttpClient } from "./httpClient";

/** The slice of Twilio's API the component uses, behind one factory. */
export interface TwilioClient {
  readonly credentials: TwilioCredentials;
  readonly accountSid: string;
  readonly messages: MessageListInstance;
  readonly incomingPhoneNumbers: IncomingPhoneNumberListInstance;
  readonly messagingServices: ServiceListInstance;
  /** https://api.twilio.com, or its regional or edge host, or the connection's base URL. */
  readonly apiOrigin: string;
  readonly request: BaseTwilio.Client["request"];
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 3;
const MAX_RETRY_DELAY_MS = 5_000;
const TWILIO_API_ORIGIN = "https://api.twilio.com";

/**
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
  const httpClient = new TwilioHttpClient({
    baseUrl,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    maxRetries: DEFAULT_MAX_RETRIES,
    maxRetryDelayMs: MAX_RETRY_DELAY_MS,
  });
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
  const v2010 = new Version(new Domain(base, TWILIO_API_ORIGIN), "2010-04-01") as V2010;
  const messagingV1 = new Version(new Domain(base, "https://messaging.twilio.com"), "v1") as MessagingV1;
  return {
    credentials,
    accountSid,
    messages: MessageListInstance(v2010, accountSid),
    incomingPhoneNumbers: IncomingPhoneNumberListInstance(v2010, accountSid),
    messagingServices: ServiceListInstance(messagingV1),
    apiOrigin: baseUrl ?? `https://${base.getHostname("api.twilio.com", edge, region)}`,
    request: (opts) => base.request(opts),
  };
}
