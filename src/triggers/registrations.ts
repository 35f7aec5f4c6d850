import { type ActionContext, SpectralError } from "@prismatic-io/spectral";
import type { TwilioClient } from "../client/twilioClient";
import { namingInputs } from "../inputs/labels";

type InstanceState = Record<string, unknown>;

/**
 * One webhook setting the webhook trigger's deploy hook points at the flow (a number's SmsUrl, a
 * Messaging Service's inbound request URL, ...): what the client does, and what the trigger says
 * of it. `R` is what the client returns to remember until the delete hook.
 */
export interface Registrar<R> {
  /** Where the registration is kept in the instance state; instances deployed earlier keep theirs. */
  stateKey: string;
  /** The label of the input that names the number or service. */
  input: string;
  /** Twilio's name under which the client refuses a number or service the account does not have. */
  refusedAs: string;
  /** "incoming-call URL", "post-event webhook": the setting, as the log says it. */
  setting: string;
  /** "+15017122661", "Messaging Service Support (MG...)": whose setting it is, as the log says it. */
  owner(registration: R): string;
  register(client: TwilioClient, target: string, url: string, saved: R | undefined): Promise<R>;
  /** "restored", "changedSince", "previousUnknown", or that the number or service is gone. */
  release(client: TwilioClient, saved: R): Promise<string>;
  /** A warning after pointing, when Twilio will not use the setting as it is. */
  caveat?(registration: R): string | undefined;
}

/**
 * What the deploy hook points `id` (a number or service) at: the flow's webhook URL. Without one
 * the deploy fails saying so; the hook finds every target first, so before anything at Twilio changes.
 */
export function registrationTarget(
  registrar: Registrar<unknown>,
  id: string | undefined,
  webhookUrl: string | undefined,
): RegistrationTarget | undefined {
  if (!id) return undefined;
  if (webhookUrl) return { id, url: webhookUrl };
  throw new SpectralError(
    `Could not point ${id} at this flow while deploying the instance: the flow has no webhook URL. Set "Public Webhook URL" to the URL Twilio should call, or leave "${registrar.input}" empty and configure it at Twilio yourself.`,
  );
}

interface RegistrationTarget {
  id: string;
  url: string;
}

/**
 * Points the registrar's setting of the target at the flow, or releases the one registered before
 * when there is no target any more, and returns the instance state to keep.
 */
export async function deployRegistration<R>(
  context: ActionContext,
  state: InstanceState,
  client: TwilioClient,
  registrar: Registrar<R>,
  target: RegistrationTarget | undefined,
): Promise<InstanceState> {
  if (!target) return releaseRegistration(context, state, () => client, registrar);
  const saved = state[registrar.stateKey] as R | undefined;
  const registration = await namingInputs({ [registrar.refusedAs]: registrar.input }, () =>
    registrar.register(client, target.id, target.url, saved),
  );
  context.logger.info(`Pointed ${registrar.owner(registration)}'s ${registrar.setting} at this flow.`);
  const caveat = registrar.caveat?.(registration);
  if (caveat) context.logger.warn(caveat);
  return { ...state, [registrar.stateKey]: registration };
}

/**
 * Puts back what the registrar's setting held before, when that is still safe, says why when it
 * is not, and returns the state without the registration. The client is built only when there is
 * something to put back.
 */
export async function releaseRegistration<R>(
  context: ActionContext,
  state: InstanceState,
  client: () => TwilioClient,
  registrar: Registrar<R>,
): Promise<InstanceState> {
  const saved = state[registrar.stateKey] as R | undefined;
  if (!saved) return state;
  const outcome = await registrar.release(client(), saved);
  const owner = registrar.owner(saved);
  if (outcome === "changedSince") {
    context.logger.warn(`Left ${owner} alone: its ${registrar.setting} was changed after this instance registered it.`);
  }
  if (outcome === "previousUnknown") {
    context.logger.warn(
      `Left ${owner}'s ${registrar.setting} pointing at this flow: it already did when this instance registered it, so the URL it had before is unknown. Point it elsewhere at Twilio if it should not stay this way.`,
    );
  }
  const { [registrar.stateKey]: _released, ...rest } = state;
  return rest;
}
