import { type Speech, type VoiceVerb, voiceResponse } from "./twiml";

/** How the webhook trigger answers a call, as its inputs chose it. */
export type CallAnswer =
  | { hangUp: true }
  | { say: Speech }
  | { play: { url: string } }
  | { forward: { number: string; ringTimeoutSeconds?: number } }
  | { voicemail: { greeting?: Speech; maxLengthSeconds: number } }
  | { reject: true };

/**
 * The TwiML for a call asking what to do. A voicemail's recording reports to `flowUrl` once its
 * audio is ready (a recordingStatus event); Twilio then requests the flow again (a callStatus
 * event, answered with an empty <Response/>, which ends the call), since <Record> goes back to
 * the URL that answered it.
 */
export function callAnswerTwiml(answer: CallAnswer, flowUrl: string): string {
  return voiceResponse(callAnswerVerbs(answer, flowUrl));
}

function callAnswerVerbs(answer: CallAnswer, flowUrl: string): VoiceVerb[] {
  if ("say" in answer) return [{ say: answer.say }];
  if ("play" in answer) return [{ play: answer.play }];
  if ("forward" in answer) return [{ dial: { number: answer.forward.number, timeoutSeconds: answer.forward.ringTimeoutSeconds } }];
  if ("voicemail" in answer) {
    const { greeting, maxLengthSeconds } = answer.voicemail;
    return [...(greeting ? [{ say: greeting }] : []), { record: { maxLengthSeconds, recordingStatusCallback: flowUrl } }];
  }
  // Rejected, the call is never answered, so it costs nothing; an empty answer hangs up after answering.
  if ("reject" in answer) return [{ reject: { reason: "rejected" } }];
  return [];
}
