import { input } from "@prismatic-io/spectral";
import { toSender } from "../client/identifiers/addresses";
import { toRecipient } from "../client/identifiers/phoneNumbers";
import { SID_PATTERNS, sidExpected } from "../client/identifiers/sids";
import { InputError } from "../client/transport/errors";
import { optionalText } from "./clean";

export const participantAddress = input({
  label: "Address",
  type: "string",
  required: false,
  example: "+15558675310",
  comments:
    'The person\'s phone number (E.164) for SMS, or "whatsapp:+15558675310" for WhatsApp, with Proxy Address. Leave empty for a chat participant (Identity).',
  clean: (value: unknown): string | undefined => {
    const text = optionalText(value);
    return text === undefined ? undefined : toRecipient("Address", text);
  },
});

export const proxyAddress = input({
  label: "Proxy Address",
  type: "string",
  required: false,
  example: "+15017122661",
  comments:
    'The Twilio number (or "whatsapp:+..." sender) the person is reached through and writes to. Required with Address. One address and proxy pair can be in one open conversation at a time.',
  dataSource: "selectPhoneNumber",
  clean: (value: unknown): string | undefined => {
    const text = optionalText(value);
    if (text === undefined) return undefined;
    const sender = toSender("Proxy Address", text);
    if (!("from" in sender))
      throw new InputError("Proxy Address", "a Twilio phone number or whatsapp: sender, not a Messaging Service", text);
    return sender.from;
  },
});

export const identity = input({
  label: "Identity",
  type: "string",
  required: false,
  example: "agent.jane",
  comments: "The chat user's identity (Conversations SDK), for a chat participant. Leave empty for an SMS or WhatsApp participant.",
  clean: (value: unknown): string | undefined => {
    const text = optionalText(value);
    if (text && text.length > 256) throw new InputError("Identity", "at most 256 characters", text);
    return text;
  },
});

/** SMS or WhatsApp (address with the number it is reached through), or chat: exactly one of them. */
export function toNewParticipant(values: { address?: string; proxyAddress?: string; identity?: string }) {
  const { address, proxyAddress, identity } = values;
  if (identity !== undefined && (address !== undefined || proxyAddress !== undefined)) {
    throw new InputError(
      "Identity",
      "to be empty when Address and Proxy Address are set: a participant is either chat or SMS/WhatsApp",
      identity,
    );
  }
  if (identity !== undefined) return { identity };
  if (address === undefined)
    throw new InputError("Address", "a phone number or whatsapp: address, or an Identity for a chat participant", "");
  if (proxyAddress === undefined) throw new InputError("Proxy Address", "the Twilio number the Address is reached through", "");
  if (address.startsWith("whatsapp:") !== proxyAddress.startsWith("whatsapp:")) {
    throw new InputError(
      "Proxy Address",
      `a ${address.startsWith("whatsapp:") ? "whatsapp: sender" : "phone number"} on the same channel as Address`,
      proxyAddress,
    );
  }
  return { address, proxyAddress };
}

export const participantSid = input({
  label: "Participant SID",
  type: "string",
  required: true,
  example: "MB3c8f0e2d1a4b5c6d7e8f9a0b1c2d3e4f",
  comments: "The participant (MB...), as returned by Add Conversation Participant or List Conversation Participants.",
  clean: (value: unknown): string => {
    const sid = optionalText(value);
    if (sid === undefined || !SID_PATTERNS.conversationParticipant.test(sid)) {
      throw new InputError("Participant SID", sidExpected("conversationParticipant"), value ?? "");
    }
    return sid;
  },
});
