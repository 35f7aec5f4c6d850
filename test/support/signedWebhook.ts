import type { TriggerPayload } from "@prismatic-io/spectral";
import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import { AUTH_TOKEN } from "./harness";

/**
 * What the platform hands the webhook trigger for a form POST that Twilio signed: the signature
 * comes from twilio-node's own function, the oracle. rawBody and body are both set (spectral's
 * defaultTriggerPayload swaps them).
 */
export function signedFormPayload(
  params: Record<string, string>,
  { flowName, flowUrl, authToken = AUTH_TOKEN }: { flowName: string; flowUrl: string; authToken?: string },
): Partial<TriggerPayload> {
  const body = Buffer.from(new URLSearchParams(params).toString());
  const contentType = "application/x-www-form-urlencoded";
  return {
    headers: { "Content-Type": contentType, "X-Twilio-Signature": getExpectedTwilioSignature(authToken, flowUrl, params) },
    queryParameters: {},
    rawBody: { data: body, contentType },
    body: { data: body, contentType },
    webhookUrls: { [flowName]: flowUrl },
    invokeUrl: flowUrl,
    flow: { id: "flowId", name: flowName, stableId: flowName.toLowerCase().replace(/\s+/g, "-") },
  };
}
