import { input } from "@prismatic-io/spectral";
import { SID_PATTERNS, sidExpected } from "../client/identifiers/sids";
import { InputError } from "../client/transport/errors";
import type { CallInstructions, RedirectInstructions } from "../client/voice/calls";
import { MAX_TWIML_LENGTH, spokenTwiml, twimlDocumentProblem } from "../client/voice/twiml";
import { cleanPattern, cleanUrl, optionalText } from "./clean";

const sayText = input({
  label: "Text to Say",
  type: "text",
  required: false,
  example: "Hello, this is Acme. Your order #1234 has shipped.",
  comments:
    'Twilio reads this text aloud when the call is answered. It is spoken exactly as written: characters such as <, & or " are read as characters, never as TwiML. Set exactly one of Text to Say, Audio URL, TwiML or TwiML URL (or, on Make Call, TwiML App SID).',
  clean: optionalText,
});

export const voice = input({
  label: "Voice",
  type: "string",
  required: false,
  example: "Polly.Joanna",
  comments:
    "The voice that reads Text to Say: alice, man, woman, or an Amazon Polly or Google voice such as Polly.Joanna. Empty: Twilio's default.",
  clean: cleanPattern("Voice", /^[A-Za-z0-9._-]{1,64}$/, "a Twilio voice name such as Polly.Joanna"),
});

export const language = input({
  label: "Language",
  type: "string",
  required: false,
  example: "en-US",
  comments: "The language of Text to Say, as a tag such as en-US, en-GB or es-MX. Empty: Twilio's default (en-US).",
  clean: cleanPattern("Language", /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "a language tag such as en-US"),
});

export const audioUrl = input({
  label: "Audio URL",
  type: "string",
  required: false,
  example: "https://demo.twilio.com/docs/classic.mp3",
  comments: "A public URL of an audio file (mp3, wav) Twilio plays when the call is answered.",
  clean: cleanUrl("Audio URL"),
});

export const twiml = input({
  label: "TwiML",
  type: "code",
  language: "xml",
  required: false,
  example: '<Response><Say voice="Polly.Joanna">Hello from Acme.</Say><Hangup/></Response>',
  comments:
    "A whole TwiML document (a <Response> element, at most 4000 characters) the call follows. It is checked to be well-formed XML before the call is placed. Anything you insert into it must be XML-escaped; use Text to Say for plain text.",
  clean: (value: unknown): string | undefined => {
    const text = optionalText(value);
    const problem = text === undefined ? undefined : twimlDocumentProblem(text);
    if (problem) throw new InputError("TwiML", `a well-formed TwiML document (a <Response> element): ${problem}`);
    return text;
  },
});

const twimlUrl = input({
  label: "TwiML URL",
  type: "string",
  required: false,
  example: "https://hooks.example.com/twilio/voice",
  comments: "A URL Twilio requests for the call's TwiML when it is answered (a Webhook trigger of a flow works here).",
  clean: cleanUrl("TwiML URL"),
});

export const twimlUrlMethod = input({
  label: "TwiML URL Method",
  type: "string",
  required: false,
  default: "POST",
  model: [
    { label: "POST", value: "POST" },
    { label: "GET", value: "GET" },
  ],
  comments: "How Twilio requests the TwiML URL.",
  clean: (value: unknown): "GET" | "POST" => (optionalText(value)?.toUpperCase() === "GET" ? "GET" : "POST"),
});

export const applicationSid = input({
  label: "TwiML App SID",
  type: "string",
  required: false,
  example: "AP6d1d4fb5c5b7e3e7b2a4f1e0c9d8b7a6",
  comments: "A TwiML App (AP...) whose Voice URL handles the call.",
  clean: cleanPattern("TwiML App SID", SID_PATTERNS.application, sidExpected("application")),
});

/** The inputs that say what a live call does, in their order in the flow designer. */
export const redirectInstructionInputs = { sayText, voice, language, audioUrl, twiml, twimlUrl, twimlUrlMethod };
export const callInstructionInputs = { ...redirectInstructionInputs, applicationSid };

interface InstructionValues {
  sayText?: string;
  voice?: string;
  language?: string;
  audioUrl?: string;
  twiml?: string;
  twimlUrl?: string;
  twimlUrlMethod: "GET" | "POST";
  applicationSid?: string;
}

const INSTRUCTION_LABELS = ["Text to Say", "Audio URL", "TwiML", "TwiML URL", "TwiML App SID"];

/** Exactly one of the instruction inputs, as the client's CallInstructions. */
export function toCallInstructions(values: InstructionValues, offered = INSTRUCTION_LABELS): CallInstructions {
  const candidates: [string, CallInstructions | undefined][] = [
    ["Text to Say", values.sayText ? { speech: { text: values.sayText, voice: values.voice, language: values.language } } : undefined],
    ["Audio URL", values.audioUrl ? { audioUrl: values.audioUrl } : undefined],
    ["TwiML", values.twiml ? { twiml: values.twiml } : undefined],
    ["TwiML URL", values.twimlUrl ? { url: values.twimlUrl, method: values.twimlUrlMethod } : undefined],
    ["TwiML App SID", values.applicationSid ? { applicationSid: values.applicationSid } : undefined],
  ];
  const set = candidates.filter(([, instructions]) => instructions !== undefined);
  if (set.length !== 1) {
    throw new InputError(
      set.length === 0 ? offered[0] : set[1][0],
      `exactly one of ${offered.join(", ")} to say what the call does`,
      set.length === 0 ? "" : `${set.map(([label]) => label).join(" and ")} set`,
    );
  }
  const [label, instructions] = set[0] as [string, CallInstructions];
  if ("speech" in instructions || "audioUrl" in instructions) {
    const { length } = spokenTwiml(instructions);
    if (length > MAX_TWIML_LENGTH) {
      throw new InputError(label, `a shorter text: as TwiML it takes ${length} characters, and Twilio takes at most ${MAX_TWIML_LENGTH}`);
    }
  }
  return instructions;
}

export function toRedirectInstructions(values: Omit<InstructionValues, "applicationSid">): RedirectInstructions {
  return toCallInstructions(values, INSTRUCTION_LABELS.slice(0, -1)) as RedirectInstructions;
}
