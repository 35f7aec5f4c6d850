import { channelOf } from "../identifiers/addresses";
import { InputError } from "../transport/errors";

/** Channels whose senders reach only their own channel's addresses; an RCS sender texts plain phone numbers. */
const ADDRESSED_CHANNELS = new Set(["whatsapp", "messenger"]);

/**
 * Twilio refuses a To and From on different channels (21910), such as a "whatsapp:" recipient
 * with an SMS number, and only after the request: checked here for every recipient before
 * anything is sent. A Messaging Service picks a sender of the recipient's channel itself, so it
 * is never a mismatch.
 */
export function checkSameChannel(input: string, to: string, from: string | undefined): void {
  if (!from) return;
  const toChannel = channelOf(to);
  const fromChannel = channelOf(from);
  if (toChannel === fromChannel || (!ADDRESSED_CHANNELS.has(toChannel) && !ADDRESSED_CHANNELS.has(fromChannel))) return;
  const expected =
    toChannel === "sms"
      ? `a "${fromChannel}:" recipient such as "${fromChannel}:+15558675310", since From "${from}" sends on ${fromChannel} only; to text a phone number, send from an SMS number or a Messaging Service`
      : `a "${toChannel}:" sender in From for a "${toChannel}:" recipient (From "${from}" sends ${fromChannel === "sms" ? "SMS" : `on ${fromChannel}`}), or a Messaging Service with a ${toChannel} sender`;
  throw new InputError(input, expected, to);
}
