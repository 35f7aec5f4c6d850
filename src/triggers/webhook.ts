import { trigger } from "@prismatic-io/spectral";
import { readCredentials } from "../client/transport/credentials";
import { getTwilioClient } from "../client/twilioClient";
import { callAnswerTwiml } from "../client/voice/callAnswer";
import { voiceResponse } from "../client/voice/twiml";
import { conversationEventOf } from "../client/webhooks/conversationEvents";
import { optOutTypeOf } from "../client/webhooks/optOuts";
import { checkDelivery } from "../client/webhooks/redelivery";
import { urlToRegister } from "../client/webhooks/registration";
import { configuredWebhookUrl, readTwilioWebhook, type TwilioEventType } from "../client/webhooks/signature";
import { twimlResponse } from "../client/webhooks/twiml";
import { webhookTriggerExample } from "../examplePayloads/triggers";
import { callAnswerInputs, toCallAnswer } from "../inputs/callAnswer";
import { conversationServiceToRegister } from "../inputs/conversations";
import {
  acceptUnverifiedRequests,
  messagingServiceToRegister,
  phoneNumberToRegister,
  publicWebhookUrl,
  registerFor,
  replyMessage,
  triggerConnection,
} from "../inputs/triggers";
import { deployConversationWebhook, releaseConversationWebhook } from "./conversationRegistration";
import { deployInboundUrl, releaseInboundUrl } from "./inboundUrlRegistration";
import { deleteRegistrations, deployRegistrations, urlKinds } from "./numberRegistration";

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
  },
  // Twilio needs TwiML back within 15 s; a schedule has no request to check, so it is not offered.
  synchronousResponseSupport: "valid",
  scheduleSupport: "invalid",
  perform: async (context, payload, { connection, publicUrl, replyMessage, acceptUnverifiedRequests, ...answer }) => {
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
    const delivery = event.idempotencyToken ? checkDelivery(event.idempotencyToken, context.instanceState, Date.now()) : undefined;
    return {
      ...(delivery ? { instanceState: delivery.state } : {}),
      payload: {
        ...payload,
        ...event,
        optOutType: optOutTypeOf(event),
        conversationEvent: conversationEventOf(event.fields),
        redelivered: delivery?.redelivered ?? false,
      },
      response: { statusCode: 200, contentType: "text/xml", body },
    };
  },
  onInstanceDeploy: async (
    context,
    { connection, publicUrl, phoneNumber, messagingService, conversationService, registerFor, ...answer },
  ) => {
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
    // The client is built only when there is something to put back.
    const client = () => getTwilioClient(connection);
    const withoutService = await releaseConversationWebhook(context, await releaseInboundUrl(context, client), client);
    const instanceState = (await deleteRegistrations({ ...context, instanceState: withoutService }, client)) ?? withoutService;
    return { instanceState };
  },
  examplePayload: webhookTriggerExample,
});
