import { escapeXmlAttribute, escapeXmlText, TWIML_DECLARATION } from "../webhooks/twiml";
import { xmlProblem } from "./xmlCheck";

/** Twilio's limit on the Twiml parameter of a call create or update. */
export const MAX_TWIML_LENGTH = 4000;

export interface Speech {
  text: string;
  /** A Twilio voice such as "Polly.Joanna" or "Google.en-US-Neural2-F"; Twilio's default when absent. */
  voice?: string;
  /** A BCP 47 language tag such as "en-US". */
  language?: string;
}

/** The voice verbs the component writes, each built with its text escaped: what a builder types is spoken, never parsed. */
export type VoiceVerb =
  | { say: Speech }
  | { play: { url: string } }
  | { dial: { number: string; timeoutSeconds?: number } }
  | { record: { maxLengthSeconds: number; recordingStatusCallback?: string } }
  | { reject: { reason: "rejected" | "busy" } }
  | { hangup: true };

export function voiceResponse(verbs: VoiceVerb[]): string {
  if (verbs.length === 0) return `${TWIML_DECLARATION}<Response/>`;
  return `${TWIML_DECLARATION}<Response>${verbs.map(toElement).join("")}</Response>`;
}

/** The TwiML a spoken text or an audio file becomes, escaped: what Make Call and Update Call send as Twiml. */
export function spokenTwiml(instructions: { speech: Speech } | { audioUrl: string }): string {
  return "speech" in instructions
    ? voiceResponse([{ say: instructions.speech }])
    : voiceResponse([{ play: { url: instructions.audioUrl } }]);
}

function toElement(verb: VoiceVerb): string {
  if ("say" in verb) {
    const { text, voice, language } = verb.say;
    return element("Say", { voice, language }, escapeXmlText(text));
  }
  if ("play" in verb) return element("Play", {}, escapeXmlText(verb.play.url));
  if ("dial" in verb) {
    const { number, timeoutSeconds } = verb.dial;
    return element("Dial", { timeout: timeoutSeconds }, element("Number", {}, escapeXmlText(number)));
  }
  if ("record" in verb) {
    const { maxLengthSeconds, recordingStatusCallback } = verb.record;
    return element("Record", {
      maxLength: maxLengthSeconds,
      playBeep: "true",
      recordingStatusCallback,
      recordingStatusCallbackEvent: recordingStatusCallback ? "completed" : undefined,
    });
  }
  if ("reject" in verb) return element("Reject", { reason: verb.reject.reason });
  return element("Hangup", {});
}

function element(name: string, attributes: Record<string, string | number | undefined>, content?: string): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== "")
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(String(value))}"`)
    .join("");
  return content === undefined ? `<${name}${written}/>` : `<${name}${written}>${content}</${name}>`;
}

/** Why a TwiML document a builder wrote cannot be sent, or undefined when it can. */
export function twimlDocumentProblem(twiml: string): string | undefined {
  if (twiml.length > MAX_TWIML_LENGTH) return `it is ${twiml.length} characters long, and Twilio takes at most ${MAX_TWIML_LENGTH}`;
  return xmlProblem(twiml);
}
