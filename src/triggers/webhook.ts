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
    const { configuredWebhookUrl, readTwilioWebhook } = await import("../client/webhooks/signature");
    const { twimlResponse } = await import("../client/webhooks/twiml");
    const { redeliveriesInSync } = await import("./syncDeliveries");
    const event = readTwilioWebhook(payload, {
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
    const { urlToRegister } = await import("../client/webhooks/registration");
    const { configuredWebhookUrl } = await import("../client/webhooks/signature");
    const { deployConversationWebhook } = await import("./conversationRegistration");
    const { deployInboundUrl } = await import("./inboundUrlRegistration");
    const { deployRegistrations, urlKinds } = await import("./numberRegistration");
    const kinds = urlKinds(registerFor);
    // A call answer that cannot work fails the deploy, not the first caller.
    if (kinds.includes("voice")) toCallAnswer(answer);
    const client = getTwilioClient(connection);
    const webhookUrl = configuredWebhookUrl(context.webhookUrls, context.flow?.name, publicUrl);
    const target = phoneNumber ? { phoneNumber, kinds, url: urlToRegister(phoneNumber, webhookUrl) } : undefined;
    const withService = await deployInboundUrl(context, client, messagingService, webhookUrl);
    const withConversations = await deployConversationWebhook(context, withService, client, conversationService, webhookUrl);
    return { instanceState: await deployRegistrations({ ...context, instanceState: withConversations }, client, target) };
  },
  onInstanceDelete: async (context, { connection }) => {
    const { getTwilioClient } = await import("../client/twilioClient");
    const { releaseConversationWebhook } = await import("./conversationRegistration");
    const { releaseInboundUrl } = await import("./inboundUrlRegistration");
    const { deleteRegistrations } = await import("./numberRegistration");
    // The client is built only when there is something to put back.
    const client = () => getTwilioClient(connection);
    const withoutService = await releaseConversationWebhook(context, await releaseInboundUrl(context, client), client);
    const instanceState = (await deleteRegistrations({ ...context, instanceState: withoutService }, client)) ?? withoutService;
    return { instanceState };
  },
  examplePayload: webhookTriggerExample,
});
