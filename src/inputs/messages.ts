import { type ActionInputParameters, input } from "@prismatic-io/spectral";
import { SID_PATTERNS } from "../client/identifiers/sids";
import type { OutgoingMessage } from "../client/messages/messages";
import { CONTENT_VARIABLES } from "../client/terms";
import { InputError } from "../client/transport/errors";
import {
  cleanBoolean,
  cleanDateTime,
  cleanInteger,
  cleanPattern,
  cleanRequiredRecipientOrNationalNumber,
  cleanSender,
  cleanUrl,
  cleanUrlList,
  optionalText,
} from "./clean";
import { cleanJsonObject } from "./cleanJson";
import { checkContentVariables, contentVariableList, toContentVariables } from "./content";
import type { InputLabels } from "./labels";
import { checkMessageCombinations } from "./messageCombinations";

export const MAX_BODY_LENGTH = 1600;
export const MAX_MEDIA_URLS = 10;
const CONTENT_VARIABLES_LABEL = "Content Variables";

/** A send's ContentVariables, refused by the client when they do not fill the template's placeholders. */
export const CONTENT_VARIABLES_LABELS: InputLabels = { [CONTENT_VARIABLES]: CONTENT_VARIABLES_LABEL };

export const to = input({
  label: "To",
  type: "string",
  required: true,
  example: "+15558675310",
  placeholder: "+15558675310",
  comments:
    'The recipient: a phone number in E.164 format (+ country code and number), or a channel address such as "whatsapp:+15558675310". Spaces, dashes and brackets are removed. A number without + needs Default Country Code.',
  clean: cleanRequiredRecipientOrNationalNumber("To"),
});

export const from = input({
  label: "From",
  type: "string",
  required: false,
  example: "+15017122661",
  placeholder: "+15017122661",
  comments:
    'Who the message comes from: a Twilio phone number in E.164 format, a short code, an alphanumeric sender ID, a "whatsapp:+..." sender, or a Messaging Service SID (MG...). Leave empty when you set Messaging Service SID.',
  clean: cleanSender("From"),
});

export const message = input({
  label: "Message",
  type: "text",
  required: false,
  example: "Your order #1234 has shipped.",
  comments: `The text of the message, up to ${MAX_BODY_LENGTH} characters. Optional when you send media or a content template.`,
  clean: (value: unknown): string | undefined => {
    const text = value === undefined || value === null ? "" : String(value);
    if (text.length > MAX_BODY_LENGTH)
      throw new InputError("Message", `at most ${MAX_BODY_LENGTH} characters`, `${text.length} characters`);
    return text.trim() === "" ? undefined : text;
  },
});

export const messagingServiceSid = input({
  label: "Messaging Service SID",
  type: "string",
  required: false,
  example: "MG9752274e9e519418a7406176694466fa",
  comments: "Send through a Messaging Service (sender pool, scheduling, link shortening). Required for scheduled sends and shortened URLs.",
  dataSource: "selectMessagingService",
  clean: cleanPattern(
    "Messaging Service SID",
    SID_PATTERNS.messagingService,
    'a Messaging Service SID: "MG" followed by 32 hexadecimal characters',
  ),
});

export const mediaUrls = input({
  label: "Media URLs",
  type: "string",
  collection: "valuelist",
  required: false,
  example: "https://demo.twilio.com/owl.png",
  comments: `Public URLs of images or files to send as MMS, up to ${MAX_MEDIA_URLS}. Twilio fetches each one when sending.`,
  clean: cleanUrlList("Media URLs", MAX_MEDIA_URLS),
});

export const contentSid = input({
  label: "Content Template SID",
  type: "string",
  required: false,
  example: "HXb5b62575e6e4ff6129ad7c8efe1f983e",
  comments:
    "A Content Template (HX...) to send instead of a plain body; required for WhatsApp messages outside the 24-hour session window, where only a template WhatsApp approved is delivered. The picker shows each template's type and WhatsApp approval status.",
  dataSource: "selectContentTemplate",
  clean: cleanPattern("Content Template SID", SID_PATTERNS.content, 'a Content Template SID: "HX" followed by 32 hexadecimal characters'),
});

const contentVariables = input({
  label: CONTENT_VARIABLES_LABEL,
  type: "code",
  language: "json",
  required: false,
  example: '{"1": "Jane", "2": "10:30"}',
  comments:
    'Values for the template\'s placeholders, as a JSON object keyed by placeholder: {"1": "Jane"} fills {{1}}. Needs Content Template SID. Content Variables (List) takes them as entries instead; both may be used, with different keys.',
  clean: cleanJsonObject(CONTENT_VARIABLES_LABEL),
});

export const statusCallback = input({
  label: "Status Callback URL",
  type: "string",
  required: false,
  example: "https://hooks.example.com/twilio/status",
  comments:
    "Twilio POSTs each status change of the message (sent, delivered, failed...) to this URL. A Twilio webhook trigger's URL works here.",
  clean: cleanUrl("Status Callback URL"),
});

export const sendAt = input({
  label: "Send At",
  type: "string",
  required: false,
  example: "2026-12-01T15:30:00Z",
  comments:
    "Schedule the message for this time (ISO 8601, more than 5 minutes and at most 35 days ahead). Needs a Messaging Service. The message is created with status 'scheduled' and can be canceled until then.",
  clean: cleanDateTime("Send At"),
});

export const validityPeriod = input({
  label: "Validity Period (seconds)",
  type: "string",
  required: false,
  example: "600",
  comments: "Give up on the message if it cannot be sent within this many seconds (1 to 36000), for one-time codes that go stale.",
  clean: cleanInteger("Validity Period (seconds)", { min: 1, max: 36000 }),
});

export const shortenUrls = input({
  label: "Shorten URLs",
  type: "boolean",
  required: false,
  default: "false",
  comments:
    "Replace links in the body with Twilio's shortened, click-tracked links. Needs a Messaging Service with a link shortening domain.",
  clean: cleanBoolean("Shorten URLs"),
});

export const messageSid = input({
  label: "Message SID",
  type: "string",
  required: true,
  example: "SM1f0e8ae6ade43cb3c0ce4525424e404f",
  comments: "The SID of a message (SM... or MM...), as returned by Send Message or List Messages.",
  dataSource: "selectMessage",
  clean: (value: unknown) => {
    const sid = optionalText(value);
    if (sid === undefined || !SID_PATTERNS.message.test(sid)) {
      throw new InputError("Message SID", 'a message SID: "SM" or "MM" followed by 32 hexadecimal characters', value ?? "");
    }
    return sid;
  },
});

/**
 * What a message is made of, shared by every action that sends one; each adds its own recipients.
 * Spread into an action's inputs, these keep their order in the flow designer.
 */
export const messageContentInputs = {
  from,
  message,
  messagingServiceSid,
  mediaUrls,
  contentSid,
  contentVariables,
  contentVariableList,
  checkContentVariables,
  statusCallback,
  sendAt,
  validityPeriod,
  shortenUrls,
};

type MessageContentValues = ActionInputParameters<typeof messageContentInputs>;

/** The cleaned message inputs as the client layer's OutgoingMessage, less its recipient. */
export function toMessageContent({
  from,
  message,
  mediaUrls,
  contentVariables,
  contentVariableList,
  ...options
}: MessageContentValues): Omit<OutgoingMessage, "to"> {
  const content = {
    ...options,
    sender: from,
    body: message,
    mediaUrls,
    contentVariables: toContentVariables(contentVariables, contentVariableList),
  };
  checkMessageCombinations(content);
  return content;
}
