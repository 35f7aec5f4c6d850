import type { Sender } from "../identifiers/addresses";
import { toRecipient } from "../identifiers/phoneNumbers";
import { TwilioApiError } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";
import { checkSenderCompliance, type SenderCompliance } from "./senderCompliance";

/** US and Canadian numbers: where A2P 10DLC and toll-free verification apply. */
const NORTH_AMERICAN = /^\+1\d{10}$/;
const CHANNEL = /^(whatsapp|messenger|rcs):/i;

interface SendToCheck {
  /** Recipients as typed; a national number counts with the step's default country code. */
  recipients: string[];
  defaultCountryCode?: string;
  sender?: Sender;
  messagingServiceSid?: string;
}

/**
 * Refuses, before anything is sent, a send to US numbers from a sender that cannot reach them
 * now, with why and what to do. Sends to other countries and on other channels (WhatsApp...) are
 * not checked: US sender registration does not apply to them.
 */
export async function refuseUnlessSenderReachesUs(client: TwilioClient, send: SendToCheck): Promise<void> {
  const sender = send.sender && "from" in send.sender ? send.sender.from : (send.sender?.messagingServiceSid ?? send.messagingServiceSid);
  if (!sender || CHANNEL.test(sender) || !send.recipients.some((recipient) => isNorthAmerican(recipient, send.defaultCountryCode))) return;
  const compliance = await checkSenderCompliance(client, sender);
  if (!compliance.readyForUS) throw new SenderNotReadyError(compliance);
}

/** Nothing was sent: the sender cannot text US numbers now, for the reason and with the next step `compliance` gives. */
export class SenderNotReadyError extends TwilioApiError {
  constructor(readonly compliance: SenderCompliance) {
    const fix = compliance.nextStep ?? compliance.explanation;
    super(`Not sent: ${compliance.sender} cannot text US numbers now (${compliance.state}). ${compliance.explanation} ${fix}`, { fix });
  }
}

/** A recipient that cannot be read is left to the send itself, which says what is wrong with it. */
function isNorthAmerican(recipient: string, defaultCountryCode: string | undefined): boolean {
  try {
    return NORTH_AMERICAN.test(toRecipient("To", recipient, defaultCountryCode));
  } catch {
    return false;
  }
}
