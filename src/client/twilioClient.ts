import { createHash } from "node:crypto";
import type { Connection } from "@prismatic-io/spectral";
import type BaseTwilio from "twilio/lib/base/BaseTwilio";
import type { IncomingPhoneNumberListInstance } from "twilio/lib/rest/api/v2010/account/incomingPhoneNumber";
import type { MessageListInstance } from "twilio/lib/rest/api/v2010/account/message";
import type { ServiceListInstance } from "twilio/lib/rest/messaging/v1/service";
import { readCredentials, type TwilioCredentials } from "./credentials";

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
export const MAX_RETRY_DELAY_MS = 5_000;

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
  // twilio-node's request stack and resource lists are loaded on the first call, not when the
  // component is: a worker that only answers a webhook or fails validation never pays for them.
  const { buildClient } = require("./buildClient") as typeof import("./buildClient");
  const client = buildClient(credentials);
  if (clientCache.size >= MAX_CACHED_CLIENTS) clientCache.delete(clientCache.keys().next().value as string);
  clientCache.set(cacheKey, client);
  return client;
}
