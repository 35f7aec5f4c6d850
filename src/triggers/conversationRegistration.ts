import type { ActionContext } from "@prismatic-io/spectral";
import {
  type PostWebhookRegistration,
  type PostWebhookRelease,
  registerPostWebhook,
  releasePostWebhook,
} from "../client/conversations/webhookRegistration";
import type { TwilioClient } from "../client/twilioClient";
import { urlToRegister } from "../client/webhooks/registration";

/** Where the deploy hook remembers a Conversation Service's previous post-event webhook. */
const CONVERSATION_REGISTRATION_STATE_KEY = "twilioConversationWebhookRegistration";
const INPUT = "Conversation Service to Register";

type InstanceState = Record<string, unknown>;

const saved = (state: InstanceState) => state[CONVERSATION_REGISTRATION_STATE_KEY] as PostWebhookRegistration | undefined;

function without(state: InstanceState): InstanceState {
  const { [CONVERSATION_REGISTRATION_STATE_KEY]: _released, ...rest } = state;
  return rest;
}

/** Points the service's post-event webhook at the flow, or releases the one registered before when none is set any more. */
export async function deployConversationWebhook(
  context: ActionContext,
  state: InstanceState,
  client: TwilioClient,
  serviceSid: string | undefined,
  webhookUrl: string | undefined,
): Promise<InstanceState> {
  const existing = saved(state);
  if (!serviceSid) {
    if (existing) logRelease(context, existing, await releasePostWebhook(client, existing));
    return without(state);
  }
  const registration = await registerPostWebhook(client, serviceSid, urlToRegister(serviceSid, webhookUrl, INPUT), existing);
  context.logger.info(`Pointed Conversation Service ${serviceSid}'s post-event webhook at this flow.`);
  return { ...state, [CONVERSATION_REGISTRATION_STATE_KEY]: registration };
}

/** On instance delete: puts the service's post-event webhook back as it was, when that is still safe. */
export async function releaseConversationWebhook(
  context: ActionContext,
  state: InstanceState,
  client: () => TwilioClient,
): Promise<InstanceState> {
  const existing = saved(state);
  if (existing) logRelease(context, existing, await releasePostWebhook(client(), existing));
  return without(state);
}

function logRelease(context: ActionContext, registration: PostWebhookRegistration, outcome: PostWebhookRelease): void {
  const service = `Conversation Service ${registration.conversationServiceSid}`;
  if (outcome === "changedSince")
    context.logger.warn(`Left ${service} alone: its post-event webhook was changed after this instance registered it.`);
  if (outcome === "previousUnknown") {
    context.logger.warn(
      `Left ${service}'s post-event webhook pointing at this flow: it already did when this instance registered it, so what it had before is unknown.`,
    );
  }
}
