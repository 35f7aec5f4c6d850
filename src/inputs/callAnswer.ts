import { input } from "@prismatic-io/spectral";
import { E164_PATTERN } from "../client/identifiers/phoneNumbers";
import { InputError } from "../client/transport/errors";
import type { CallAnswer } from "../client/voice/callAnswer";
import { language, voice } from "./callInstructions";
import { cleanInteger, cleanUrl, optionalText } from "./clean";
import { toCallee } from "./recipients";

const ANSWERS = ["hangUp", "say", "play", "forward", "voicemail", "reject"] as const;
type AnswerKind = (typeof ANSWERS)[number];

export const answerCalls = input({
  label: "Answer Calls With",
  type: "string",
  required: false,
  default: "hangUp",
  model: [
    { label: "Nothing: Twilio ends the call (an empty <Response/>)", value: "hangUp" },
    { label: "Say the Call Greeting", value: "say" },
    { label: "Play the Call Audio URL", value: "play" },
    { label: "Forward to a number", value: "forward" },
    { label: "Take a voicemail (record after the Call Greeting)", value: "voicemail" },
    { label: "Reject (the caller hears it as not answered; not billed)", value: "reject" },
  ],
  comments:
    "What Twilio does with a call that reaches this flow (event type incomingCall). Messages are answered with Reply Message as before. A voicemail's recording arrives at this flow as a recordingStatus event once it can be downloaded.",
  clean: (value: unknown): AnswerKind => {
    const text = optionalText(value) ?? "hangUp";
    if (!(ANSWERS as readonly string[]).includes(text)) throw new InputError("Answer Calls With", ANSWERS.join(", "), text);
    return text as AnswerKind;
  },
});

const callGreeting = input({
  label: "Call Greeting",
  type: "text",
  required: false,
  example: "Thanks for calling Acme. Please leave a message after the beep.",
  comments:
    'Spoken to the caller by "Say" and before a voicemail. It is read exactly as written: characters such as <, & or " are spoken as characters, never parsed as TwiML.',
  clean: optionalText,
});

const callVoice = { ...voice, comments: "The voice of Call Greeting, such as Polly.Joanna. Empty: Twilio's default." };
const callLanguage = { ...language, comments: "The language of Call Greeting, such as en-US. Empty: Twilio's default." };

const callAudioUrl = input({
  label: "Call Audio URL",
  type: "string",
  required: false,
  example: "https://demo.twilio.com/docs/classic.mp3",
  comments: 'A public URL of an audio file (mp3, wav) that "Play" plays to the caller.',
  clean: cleanUrl("Call Audio URL"),
});

export const forwardTo = input({
  label: "Forward To",
  type: "string",
  required: false,
  example: "+15558675310",
  comments: 'The phone number (E.164) "Forward" connects the caller to. The caller ID shown is the caller\'s number.',
  clean: (value: unknown): string | undefined => {
    const text = optionalText(value);
    if (text === undefined) return undefined;
    const number = toCallee("Forward To", text);
    if (!E164_PATTERN.test(number)) throw new InputError("Forward To", "a phone number in E.164 format such as +15558675310", text);
    return number;
  },
});

const forwardRingTimeout = input({
  label: "Forward Ring Timeout (seconds)",
  type: "string",
  required: false,
  example: "20",
  comments: "How long a forwarded call rings before Twilio gives up (5 to 600 seconds; Twilio's default is 30).",
  clean: cleanInteger("Forward Ring Timeout (seconds)", { min: 5, max: 600 }),
});

export const voicemailMaxLength = input({
  label: "Voicemail Max Length (seconds)",
  type: "string",
  required: false,
  default: "120",
  comments: "The longest voicemail to record (1 to 14400 seconds, default 120).",
  clean: (value: unknown): number => cleanInteger("Voicemail Max Length (seconds)", { min: 1, max: 14400 })(value) ?? 120,
});

/** The inputs that choose how calls are answered, in their order in the flow designer. */
export const callAnswerInputs = {
  answerCalls,
  callGreeting,
  callVoice,
  callLanguage,
  callAudioUrl,
  forwardTo,
  forwardRingTimeout,
  voicemailMaxLength,
};

interface CallAnswerValues {
  answerCalls: AnswerKind;
  callGreeting?: string;
  callVoice?: string;
  callLanguage?: string;
  callAudioUrl?: string;
  forwardTo?: string;
  forwardRingTimeout?: number;
  voicemailMaxLength: number;
}

/** The chosen answer, with the input it needs named when that input is empty. */
export function toCallAnswer(values: CallAnswerValues): CallAnswer {
  const speech = values.callGreeting ? { text: values.callGreeting, voice: values.callVoice, language: values.callLanguage } : undefined;
  const needs = (label: string) => new InputError(label, `a value when Answer Calls With is "${values.answerCalls}"`, "");
  switch (values.answerCalls) {
    case "say":
      if (!speech) throw needs("Call Greeting");
      return { say: speech };
    case "play":
      if (!values.callAudioUrl) throw needs("Call Audio URL");
      return { play: { url: values.callAudioUrl } };
    case "forward":
      if (!values.forwardTo) throw needs("Forward To");
      return { forward: { number: values.forwardTo, ringTimeoutSeconds: values.forwardRingTimeout } };
    case "voicemail":
      return { voicemail: { greeting: speech, maxLengthSeconds: values.voicemailMaxLength } };
    case "reject":
      return { reject: true };
    default:
      return { hangUp: true };
  }
}
