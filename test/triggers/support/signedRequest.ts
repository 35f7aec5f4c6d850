import type { TriggerPayload } from "@prismatic-io/spectral";
import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import { AUTH_TOKEN } from "../../support/harness";

// A request as the platform hands it to a webhook trigger, signed by twilio-node unless told otherwise.

export const FLOW = "Inbound SMS";
export const FLOW_URL = "https://hooks.example.prismatic.io/trigger/SW5zdGFuY2VGbG93";
export const MESSAGE = { MessageSid: `SM${"0".repeat(32)}`, From: "+15558675310", To: "+15017122661", Body: "Hello & welcome" };

interface Request {
  /** The URL Twilio called, query string included. */
  url?: string;
  body?: string;
  signature?: string | null;
  headers?: Record<string, unknown>;
  rawBody?: unknown;
  webhookUrl?: string | null;
}

/** What the platform hands the trigger for one request; the signature, unless given, is twilio-node's for a form body. */
export function payload({ url = FLOW_URL, body = "", signature, headers = {}, rawBody, webhookUrl = FLOW_URL }: Request): TriggerPayload {
  const query = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
  const params = Object.fromEntries(new URLSearchParams(body));
  const signed = signature === undefined ? getExpectedTwilioSignature(AUTH_TOKEN, url, params) : signature;
  const data = Buffer.from(body);
  return {
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      ...(signed === null ? {} : { "X-Twilio-Signature": signed }),
      ...headers,
    },
    queryParameters: Object.fromEntries(new URLSearchParams(query)),
    rawBody: { data: rawBody === undefined ? data : rawBody },
    body: { data: rawBody === undefined ? data : rawBody },
    webhookUrls: webhookUrl === null ? {} : { [FLOW]: webhookUrl },
    invokeUrl: url,
    flow: { id: "flowId", name: FLOW },
  } as unknown as TriggerPayload;
}

export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
