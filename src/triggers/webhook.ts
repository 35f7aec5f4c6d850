import { trigger } from "@prismatic-io/spectral";
import { readCredentials } from "../client/transport/credentials";
import { getTwilioClient } from "../client/twilioClient";
import { callAnswerTwiml } from "../client/voice/callAnswer";
import { voiceResponse } from "../client/voice/twiml";
import { urlToRegister } from "../client/webhooks/registration";
import { configuredWebhookUrl, readTwilioWebhook, type TwilioEventType } from "../client/webhooks/signature";
import { twimlResponse } from "../client/webhooks/twiml";
import { webhookTriggerExample } from "../examplePayloads/triggers";
import { callAnswerInputs, toCallAnswer } from "../inputs/callAnswer";
import {
  acceptUnverifiedRequests,
  phoneNumberToRegister,
  publicWebhookUrl,
  registerFor,
  replyMessage,
  triggerConnection,
} from "../inputs/triggers";
import { deleteRegistrations, deployRegistrations, urlKinds } from "./numberRegistration";

const VOICE_EVENTS = new Set<TwilioEventType>(["incomingCall", "callStatus", "recordingStatus"]);

export const webhook = trigger({
  display: {
    label: "Webhook",
    description:
      "Receive incoming messages and calls, delivery, call and recording status callbacks from Twilio, checked to come from Twilio; answer calls; and optionally point a phone number at this flow.",
  },
  inputs: {
    connection: triggerConnection,
    publicUrl: publicWebhookUrl,
    replyMessage,
    ...callAnswerInputs,
    phoneNumber: phoneNumberToRegister,
    registerFor,
    acceptUnverifiedRequests,
  },
  // Twilio needs TwiML back within 15 s; a schedule has no request to check, so it is not offered.
  synchronousResponseSupport: "valid",
  scheduleSupport: "invalid",
  perform: async (_context, payload, { connection, publicUrl, replyMessage, acceptUnverifiedRequests, ...answer }) => {
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
    return {
      payload: { ...payload, ...event },
      response: { statusCode: 200, contentType: "text/xml", body },
    };
  },
  onInstanceDeploy: async (context, { connection, publicUrl, phoneNumber, registerFor, ...answer }) => {
    const kinds = urlKinds(registerFor);
    // A call answer that cannot work fails the deploy, not the first caller.
    if (kinds.includes("voice")) toCallAnswer(answer);
    const target = phoneNumber
      ? { phoneNumber, kinds, url: urlToRegister(phoneNumber, configuredWebhookUrl(context.webhookUrls, context.flow?.name, publicUrl)) }
      : undefined;
    return { instanceState: await deployRegistrations(context, getTwilioClient(connection), target) };
  },
  onInstanceDelete: async (context, { connection }) => {
    const instanceState = await deleteRegistrations(context, () => getTwilioClient(connection));
    return instanceState ? { instanceState } : undefined;
  },
  examplePayload: webhookTriggerExample,
});
