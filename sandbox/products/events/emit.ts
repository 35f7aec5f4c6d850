import { iso8601 } from "../../core/clock";
import type { SandboxContext } from "../../core/types";
import { EVENT_TYPES } from "./catalogue";
import { eventsOf } from "./records";

/**
 * Sends one event to every webhook sink whose subscription has its type, as a CloudEvents JSON
 * array of one, signed as Twilio signs JSON bodies (bodySHA256 in the URL). `subject` is the SID
 * the event is about (a message, a call, a conversation).
 */
export function emitEvent(
  context: SandboxContext,
  accountSid: string,
  event: { type: string; subject: string; data: Record<string, unknown> },
) {
  const account = context.account(accountSid);
  if (!account) return;
  const { sinks, subscriptions } = eventsOf(context, accountSid);
  for (const subscription of subscriptions) {
    const version = subscription.types.get(event.type);
    const sink = sinks.find((candidate) => candidate.sid === subscription.sinkSid);
    const destination = sink?.configuration.destination;
    if (version === undefined || sink?.type !== "webhook" || typeof destination !== "string") continue;
    const schemaId = EVENT_TYPES.find((known) => known.type === event.type)?.schemaId ?? "Unknown";
    const cloudEvent = {
      specversion: "1.0",
      type: event.type,
      source: `/2010-04-01/Accounts/${accountSid}`,
      id: context.sid("EZ"),
      dataschema: `https://events-schemas.twilio.com/${schemaId}/${version}`,
      datacontenttype: "application/json",
      time: iso8601(context.clock.now()),
      subject: event.subject,
      data: event.data,
    };
    void context.callbacks.deliver({ url: destination, params: {}, json: JSON.stringify([cloudEvent]), authToken: account.authToken });
  }
}
