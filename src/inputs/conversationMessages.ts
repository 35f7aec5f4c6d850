import { input } from "@prismatic-io/spectral";
import { SID_PATTERNS, sidExpected } from "../client/identifiers/sids";
import { MAX_CONVERSATION_BODY_LENGTH } from "../client/terms";
import { InputError } from "../client/transport/errors";
import { cleanPattern, optionalText, toTextList } from "./clean";
import { cleanJsonRecord } from "./cleanJson";

const MAX_MEDIA = 10;

export const author = input({
  label: "Author",
  type: "string",
  required: false,
  example: "agent.jane",
  comments: 'Who the message is from: a participant\'s identity or address. Empty: "system".',
  clean: optionalText,
});

export const messageBody = input({
  label: "Body",
  type: "string",
  required: false,
  example: "Your order has shipped.",
  comments: `The text (at most ${MAX_CONVERSATION_BODY_LENGTH} characters). A message needs a Body, Media SIDs or a Content Template.`,
  clean: (value: unknown): string | undefined => {
    const body = optionalText(value);
    if (body && body.length > MAX_CONVERSATION_BODY_LENGTH) {
      throw new InputError("Body", `at most ${MAX_CONVERSATION_BODY_LENGTH} characters (Twilio's limit)`, `${body.length} characters`);
    }
    return body;
  },
});

export const mediaSids = input({
  label: "Media SIDs",
  type: "string",
  collection: "valuelist",
  required: false,
  example: "ME0123456789abcdef0123456789abcdef",
  comments: `Media already uploaded to the Conversation Service (ME...), at most ${MAX_MEDIA}. Conversations take no media URLs.`,
  clean: (value: unknown): string[] => {
    const sids = toTextList(value);
    for (const sid of sids) if (!SID_PATTERNS.media.test(sid)) throw new InputError("Media SIDs", sidExpected("media"), sid);
    if (sids.length > MAX_MEDIA) throw new InputError("Media SIDs", `at most ${MAX_MEDIA} media`, `${sids.length}`);
    return sids;
  },
});

export const contentTemplate = input({
  label: "Content Template",
  type: "string",
  required: false,
  example: "HXb5b62575e6e4ff6129ad7c8efe1f983e",
  comments: "A content template (HX...) to send instead of a Body: needed on WhatsApp outside the 24-hour window.",
  dataSource: "selectContentTemplate",
  clean: cleanPattern("Content Template", SID_PATTERNS.content, sidExpected("content")),
});

export const contentVariables = input({
  label: "Content Variables",
  type: "code",
  language: "json",
  required: false,
  example: '{"1": "Jane", "2": "10:30"}',
  comments: "Values for the template's placeholders, as a JSON object: key 1 fills {{1}}. Only with Content Template.",
  clean: cleanJsonRecord("Content Variables"),
});

export const messageOrder = input({
  label: "Order",
  type: "string",
  required: false,
  default: "asc",
  model: [
    { label: "Oldest first", value: "asc" },
    { label: "Newest first", value: "desc" },
  ],
  comments: "Oldest first (the conversation as it went) or newest first (the latest messages).",
  clean: (value: unknown): "asc" | "desc" => (optionalText(value) === "desc" ? "desc" : "asc"),
});

/** A message needs something to send, and variables only go with a template. */
export function checkMessageContent(values: {
  body?: string;
  mediaSids: string[];
  contentTemplate?: string;
  contentVariables?: Record<string, unknown>;
}) {
  if (!values.body && values.mediaSids.length === 0 && !values.contentTemplate) {
    throw new InputError("Body", "a text, Media SIDs or a Content Template", "");
  }
  if (values.contentVariables && !values.contentTemplate) {
    throw new InputError("Content Variables", "to be empty without a Content Template", values.contentVariables);
  }
}
