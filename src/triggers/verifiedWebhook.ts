import type { TriggerPayload } from "@prismatic-io/spectral";
import { readTwilioWebhook, type SignatureFault, TwilioSignatureError, type WebhookCheck } from "../client/webhooks/signature";

// The webhook triggers load this one module to read a request: the signature helpers they use come with it.
export { configuredWebhookUrl, TwilioSignatureError } from "../client/webhooks/signature";

/** What settles each refusal that configuration can settle: the trigger's input or the connection's field. */
const SIGNATURE_FIXES: Record<SignatureFault, (reason: string) => string> = {
  noWebhookUrl: (reason) => `${reason} Set "Public Webhook URL" to the URL configured at Twilio.`,
  noAuthToken: (reason) =>
    `${reason} Use the Auth Token connection, or fill in "Auth Token (for webhooks)" on the API Key connection: an API key secret cannot check signatures.`,
  mismatch: (reason) => `${reason.replace(/\.$/, "")}: then set "Public Webhook URL" to exactly the URL configured at Twilio.`,
};

/** readTwilioWebhook, its refusals saying which input or connection field settles them. */
export function readVerifiedWebhook(payload: TriggerPayload, check: WebhookCheck): ReturnType<typeof readTwilioWebhook> {
  try {
    return readTwilioWebhook(payload, check);
  } catch (error) {
    if (error instanceof TwilioSignatureError && error.fault) throw new TwilioSignatureError(SIGNATURE_FIXES[error.fault](error.reason));
    throw error;
  }
}
