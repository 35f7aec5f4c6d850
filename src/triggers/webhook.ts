import { trigger } from "@prismatic-io/spectral";
import { readCredentials } from "../client/transport/credentials";
import type { TwilioEventType } from "../client/webhooks/signature";
import { webhookTriggerExample } from "../examplePayloads/triggers";
import { callAnswerInputs, toCallAnswer } from "../inputs/callAnswer";
import { conversationServiceToRegister } from "../inputs/conversations";
import { deliveryStore, syncService } from "../inputs/idempotency";
import {
  acceptUnverifiedRequests,
  messagingServiceToRegister,
  phoneNumberToRegister,
  publicWebhookUrl,
  registerFor,
  replyMessage,
  triggerConnection,
} from "../inputs/triggers";

const VOICE_EVENTS = new Set<TwilioEventType>(["incomingCall", "callStatus", "recordingStatus"]);

export const webhook = trigger({
  display: {
    label: "Webhook",
    description:
      "Receive incoming messages and calls, delivery, call and recording status callbacks and Conversations events from Twilio, checked to come from Twilio; answer calls; and optionally point a phone number, a Messaging Service or a Conversation Service at this flow.",
  },
  inputs: {
    connection: triggerConnection,
    publicUrl: publicWebhookUrl,
    replyMessage,
    ...callAnswerInputs,
    phoneNumber: phoneNumberToRegister,
    messagingService: messagingServiceToRegister,
    conversationService: conversationServiceToRegister,
    registerFor,
    acceptUnverifiedRequests,
    idempotencyStore: deliveryStore,
    syncService,
  },
  // Twilio needs TwiML back within 15 s; a schedule has no request to check, so it is not offered.
  synchronousResponseSupport: "valid",
  scheduleSupport: "invalid",
  perform: async (
    context,
    payload,
    { connection, publicUrl, replyMessage, acceptUnverifiedRequests, idempotencyStore, syncService, ...answer },
  ) => {
    const { callAnswerTwiml } = await import("../client/voice/callAnswer");
    const { voiceResponse } = await import("../client/voice/twiml");
    const { conversationEventOf } = await import("../client/webhooks/conversationEvents");
    const { optOutTypeOf } = await import("../client/webhooks/optOuts");
    const { checkDelivery } = await import("../client/webhooks/redelivery");
    const { configuredWebhookUrl, readVerifiedWebhook } = await import("./verifiedWebhook");
    const { twimlResponse } = await import("../client/webhooks/twiml");
    const { redeliveriesInSync } = await import("./syncDeliveries");
    const event = readVerifiedWebhook(payload, {
      authToken: readCredentials(connection).authToken,
      publicUrl,
      skipVerification: acceptUnverifiedRequests,
    });
    let body = twimlResponse(replyMessage);
    if (event.eventType === "incomingCall") {
      const flowUrl = configuredWebhookUrl(payload.webhookUrls, payload.flow?.name, publicUrl) ?? "";
      body = callAnswerTwiml(toCallAnswer(answer), flowUrl);
    } else if (VOICE_EVENTS.has(event.eventType)) {
      body = voiceResponse([]);
    }
    const token = event.idempotencyToken;
    const inSync = token && idempotencyStore === "sync" ? await redeliveriesInSync(context, connection, [token], syncService) : undefined;
    const delivery = token && !inSync ? checkDelivery(token, context.instanceState, Date.now()) : undefined;
    const redelivered = inSync?.[0] ?? delivery?.redelivered ?? false;
    return {
      ...(delivery ? { instanceState: delivery.state } : {}),
      payload: {
        ...payload,
        ...event,
        optOutType: optOutTypeOf(event),
        conversationEvent: conversationEventOf(event.fields),
        redelivered,
      },
      response: { statusCode: 200, contentType: "text/xml", body },
    };
  },
  onInstanceDeploy: async (
    context,
    { connection, publicUrl, phoneNumber, messagingService, conversationService, registerFor, ...answer },
  ) => {
    const { getTwilioClient } = await import("../client/twilioClient");
    const { configuredWebhookUrl } = await import("../client/webhooks/signature");
    const { CONVERSATION_REGISTRAR } = await import("./conversationRegistration");
    const { SERVICE_REGISTRAR } = await import("./inboundUrlRegistration");
    const { NUMBER_REGISTRARS, urlKinds } = await import("./numberRegistration");
    const { deployRegistration, registrationTarget } = await import("./registrations");
    const kinds = urlKinds(registerFor);
    // A call answer that cannot work fails the deploy, not the first caller.
    if (kinds.includes("voice")) toCallAnswer(answer);
    const webhookUrl = configuredWebhookUrl(context.webhookUrls, context.flow?.name, publicUrl);
    // Every target first: a missing webhook URL fails the deploy before anything at Twilio changes.
    const number = registrationTarget(NUMBER_REGISTRARS.sms, phoneNumber, webhookUrl);
    const service = registrationTarget(SERVICE_REGISTRAR, messagingService, webhookUrl);
    const conversations = registrationTarget(CONVERSATION_REGISTRAR, conversationService, webhookUrl);
    const client = getTwilioClient(connection);
    let state = await deployRegistration(context, context.instanceState, client, SERVICE_REGISTRAR, service);
    state = await deployRegistration(context, state, client, CONVERSATION_REGISTRAR, conversations);
    // Voice first: its check can refuse before the SMS URL changes.
    state = await deployRegistration(context, state, client, NUMBER_REGISTRARS.voice, kinds.includes("voice") ? number : undefined);
    return {
      instanceState: await deployRegistration(context, state, client, NUMBER_REGISTRARS.sms, kinds.includes("sms") ? number : undefined),
    };
  },
  onInstanceDelete: async (context, { connection }) => {
    const { getTwilioClient } = await import("../client/twilioClient");
    const { CONVERSATION_REGISTRAR } = await import("./conversationRegistration");
    const { SERVICE_REGISTRAR } = await import("./inboundUrlRegistration");
    const { NUMBER_REGISTRARS } = await import("./numberRegistration");
    const { releaseRegistration } = await import("./registrations");
    // The client is built only when there is something to put back.
    const client = () => getTwilioClient(connection);
    let state = await releaseRegistration(context, context.instanceState, client, SERVICE_REGISTRAR);
    state = await releaseRegistration(context, state, client, CONVERSATION_REGISTRAR);
    state = await releaseRegistration(context, state, client, NUMBER_REGISTRARS.voice);
    return { instanceState: await releaseRegistration(context, state, client, NUMBER_REGISTRARS.sms) };
  },
  examplePayload: webhookTriggerExample,
});
