import type { ActionContext } from "@prismatic-io/spectral";
import type { TwilioClient } from "../client/twilioClient";
import { urlToRegister } from "../client/webhooks/registration";
import {
  type InboundUrlRegistration,
  type InboundUrlRelease,
  MESSAGING_SERVICE_TO_REGISTER,
  registerInboundRequestUrl,
  releaseInboundRequestUrl,
} from "../client/webhooks/serviceRegistration";

/**
 * The instance-state key under which the deploy hook remembers a Messaging Service's previous
 * InboundRequestUrl. A key of its own beside the phone number's, so instances deployed before
 * services could be registered keep their state as it is.
 */
const SERVICE_REGISTRATION_STATE_KEY = "twilioInboundUrlRegistration";

type InstanceState = Record<string, unknown>;

function savedServiceRegistration(context: ActionContext): InboundUrlRegistration | undefined {
  return context.instanceState[SERVICE_REGISTRATION_STATE_KEY] as InboundUrlRegistration | undefined;
}

function withoutServiceRegistration(state: InstanceState): InstanceState {
  const { [SERVICE_REGISTRATION_STATE_KEY]: _released, ...rest } = state;
  return rest;
}

/**
 * Points the Messaging Service at the flow, or releases the one registered before when none is
 * set any more, and returns the instance state to keep.
 */
export async function deployInboundUrl(
  context: ActionContext,
  client: TwilioClient,
  serviceSid: string | undefined,
  webhookUrl: string | undefined,
): Promise<InstanceState> {
  const saved = savedServiceRegistration(context);
  if (!serviceSid) {
    if (saved) logServiceRelease(context, saved, await releaseInboundRequestUrl(client, saved));
    return withoutServiceRegistration(context.instanceState);
  }
  const url = urlToRegister(serviceSid, webhookUrl, MESSAGING_SERVICE_TO_REGISTER);
  const registration = await registerInboundRequestUrl(client, serviceSid, url, saved);
  context.logger.info(
    `Pointed Messaging Service ${registration.friendlyName} (${registration.messagingServiceSid})'s inbound request URL at this flow.`,
  );
  if (registration.numbersUseOwnUrl) {
    context.logger.warn(
      `Messaging Service ${registration.messagingServiceSid} sends each number's incoming messages to the number's own SMS URL ("Use Inbound Webhook on Number" is on in Twilio Console), so its inbound request URL is not used: turn that off at Twilio, or set Phone Number to Register instead.`,
    );
  }
  return { ...context.instanceState, [SERVICE_REGISTRATION_STATE_KEY]: registration };
}

/** On instance delete: puts the service back as it was, when that is still safe, and returns the state without it. */
export async function releaseInboundUrl(context: ActionContext, client: () => TwilioClient): Promise<InstanceState> {
  const saved = savedServiceRegistration(context);
  if (saved) logServiceRelease(context, saved, await releaseInboundRequestUrl(client(), saved));
  return withoutServiceRegistration(context.instanceState);
}

function logServiceRelease(context: ActionContext, registration: InboundUrlRegistration, outcome: InboundUrlRelease): void {
  const service = `Messaging Service ${registration.messagingServiceSid}`;
  if (outcome === "changedSince")
    context.logger.warn(`Left ${service} alone: its inbound request URL was changed after this instance registered it.`);
  if (outcome === "previousUnknown") {
    context.logger.warn(
      `Left ${service} pointing at this flow: it already did when this instance registered it, so the URL it had before is unknown. Point it elsewhere at Twilio if it should not stay this way.`,
    );
  }
}
