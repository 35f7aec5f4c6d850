import { TwilioApiError } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";
import { optOutTypeOf } from "../webhooks/optOuts";
import type { ParticipantRecord } from "./records";

/** A conversation's SMS and WhatsApp participants checked before a send; a group larger than this is not a Conversations use. */
export const MAX_CHECKED_PARTICIPANTS = 100;
/** The latest messages from a participant to its proxy address read for a STOP or START. */
const RECENT_INBOUND_LIMIT = 20;
const OPTED_OUT_CODE = 21610;

/**
 * Conversations' messages reach SMS and WhatsApp participants through the Messages API, so
 * they land in the account's message log like any other. A participant whose latest opt-out
 * keyword to its proxy address is STOP (not followed by START) has opted out: the message is
 * not sent at all, because a conversation message goes to every participant and cannot leave one out.
 */
export async function refuseOptedOutParticipants(client: TwilioClient, participants: ParticipantRecord[]): Promise<void> {
  const reached = participants.filter((participant) => participant.address && participant.proxyAddress);
  const optedOut: string[] = [];
  await Promise.all(
    reached.map(async ({ address, proxyAddress }) => {
      if (await hasOptedOut(client, address as string, proxyAddress as string)) optedOut.push(address as string);
    }),
  );
  if (optedOut.length === 0) return;
  throw new OptedOutError(optedOut.sort());
}

/** Participants Twilio would refuse to message (its error 21610): the conversation message is not sent to anyone. */
export class OptedOutError extends TwilioApiError {
  constructor(readonly addresses: string[]) {
    super(`Not sent: ${addresses.join(", ")} opted out of messages from this conversation's number (Twilio error ${OPTED_OUT_CODE}).`, {
      code: OPTED_OUT_CODE,
      moreInfo: `https://www.twilio.com/docs/errors/${OPTED_OUT_CODE}`,
    });
  }
}

async function hasOptedOut(client: TwilioClient, address: string, proxyAddress: string): Promise<boolean> {
  const page = await client.messages.page({ from: address, to: proxyAddress, pageSize: RECENT_INBOUND_LIMIT });
  for (const message of page.instances) {
    const optOut = optOutTypeOf({ eventType: "incomingMessage", fields: { Body: message.body } });
    if (optOut === "STOP") return true;
    if (optOut === "START") return false;
  }
  return false;
}
