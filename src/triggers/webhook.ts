import { type ActionContext, trigger } from "@prismatic-io/spectral";
import { readCredentials } from "../client/transport/credentials";
import { getTwilioClient } from "../client/twilioClient";
import { optOutTypeOf } from "../client/webhooks/optOuts";
import { checkDelivery } from "../client/webhooks/redelivery";
import { registerSmsUrl, releaseSmsUrl, type SmsUrlRegistration, type SmsUrlRelease, urlToRegister } from "../client/webhooks/registration";
import { configuredWebhookUrl, readTwilioWebhook } from "../client/webhooks/signature";
import { twimlResponse } from "../client/webhooks/twiml";
import { webhookTriggerExample } from "../examplePayloads/triggers";
import {
  acceptUnverifiedRequests,
  messagingServiceToRegister,
  phoneNumberToRegister,
  publicWebhookUrl,
  replyMessage,
  triggerConnection,
} from "../inputs/triggers";
import { deployInboundUrl, releaseInboundUrl } from "./inboundUrlRegistration";

/** The instance-state key under which the deploy hook remembers the number's previous SmsUrl. */
const REGISTRATION_STATE_KEY = "twilioSmsUrlRegistration";

function savedRegistration(context: ActionContext): SmsUrlRegistration | undefined {
  return context.instanceState[REGISTRATION_STATE_KEY] as SmsUrlRegistration | undefined;
}

/** Says why the number was left as it is, when it was. */
function logRelease(context: ActionContext, registration: SmsUrlRegistration, outcome: SmsUrlRelease): void {
  if (outcome === "changedSince") {
    context.logger.warn(`Left ${registration.phoneNumber} alone: its incoming-message URL was changed after this instance registered it.`);
  }
  if (outcome === "previousUnknown") {
    context.logger.warn(
      `Left ${registration.phoneNumber} pointing at this flow: it already did when this instance registered it, so the URL it had before is unknown. Point it elsewhere at Twilio if it should not stay this way.`,
    );
  }
}

function withoutRegistration(instanceState: Record<string, unknown>): Record<string, unknown> {
  const { [REGISTRATION_STATE_KEY]: _released, ...rest } = instanceState;
  return rest;
}

export const webhook = trigger({
  display: {
    label: "Webhook",
    description:
      "Receive incoming messages and delivery-status callbacks from Twilio, checked to come from Twilio, and optionally point a phone number or a Messaging Service at this flow.",
  },
  inputs: {
    connection: triggerConnection,
    publicUrl: publicWebhookUrl,
    replyMessage,
    phoneNumber: phoneNumberToRegister,
    messagingService: messagingServiceToRegister,
    acceptUnverifiedRequests,
  },
  // Twilio needs TwiML back within 15 s; a schedule has no request to check, so it is not offered.
  synchronousResponseSupport: "valid",
  scheduleSupport: "invalid",
  perform: async (context, payload, { connection, publicUrl, replyMessage, acceptUnverifiedRequests }) => {
    const event = readTwilioWebhook(payload, {
      authToken: readCredentials(connection).authToken,
      publicUrl,
      skipVerification: acceptUnverifiedRequests,
    });
    const delivery = event.idempotencyToken ? checkDelivery(event.idempotencyToken, context.instanceState, Date.now()) : undefined;
    return {
      ...(delivery ? { instanceState: delivery.state } : {}),
      payload: { ...payload, ...event, optOutType: optOutTypeOf(event), redelivered: delivery?.redelivered ?? false },
      response: {
        statusCode: 200,
        contentType: "text/xml",
        body: twimlResponse(replyMessage),
      },
    };
  },
  onInstanceDeploy: async (context, { connection, publicUrl, phoneNumber, messagingService }) => {
    const saved = savedRegistration(context);
    const client = getTwilioClient(connection);
    const webhookUrl = configuredWebhookUrl(context.webhookUrls, context.flow?.name, publicUrl);
    const instanceState = await deployInboundUrl(context, client, messagingService, webhookUrl);
    if (!phoneNumber) {
      if (saved) logRelease(context, saved, await releaseSmsUrl(client, saved));
      return { instanceState: withoutRegistration(instanceState) };
    }
    const url = urlToRegister(phoneNumber, webhookUrl);
    const registration = await registerSmsUrl(client, phoneNumber, url, saved);
    context.logger.info(`Pointed ${registration.phoneNumber}'s incoming-message URL at this flow.`);
    return {
      instanceState: {
        ...instanceState,
        [REGISTRATION_STATE_KEY]: registration,
      },
    };
  },
  onInstanceDelete: async (context, { connection }) => {
    // The client is built only when there is something to put back.
    const client = () => getTwilioClient(connection);
    const instanceState = await releaseInboundUrl(context, client);
    const saved = savedRegistration(context);
    if (saved) logRelease(context, saved, await releaseSmsUrl(client(), saved));
    return { instanceState: withoutRegistration(instanceState) };
  },
  examplePayload: webhookTriggerExample,
});
