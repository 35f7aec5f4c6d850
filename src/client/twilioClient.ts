import { createHash } from "node:crypto";
import type { Connection } from "@prismatic-io/spectral";
import type BaseTwilio from "twilio/lib/base/BaseTwilio";
import type Version from "twilio/lib/base/Version";
import type { IncomingPhoneNumberListInstance } from "twilio/lib/rest/api/v2010/account/incomingPhoneNumber";
import type { MessageListInstance } from "twilio/lib/rest/api/v2010/account/message";
import { readCredentials, type TwilioCredentials } from "./transport/credentials";
import type { TWILIO_ORIGINS } from "./transport/origins";

/** Builds a product's twilio-node resources from versions of its API (`version(TWILIO_ORIGINS.verify, "v2")`). */
export type ProductBuilder<T> = (
  version: (origin: (typeof TWILIO_ORIGINS)[keyof typeof TWILIO_ORIGINS], name: string) => Version,
) => Promise<T>;

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
}

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
