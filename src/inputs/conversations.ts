import { input } from "@prismatic-io/spectral";
import { SID_PATTERNS, sidExpected, sidOrUniqueNameSegment } from "../client/identifiers/sids";
import { InputError } from "../client/transport/errors";
import { cleanPattern, optionalText, requireValue } from "./clean";
import { cleanJsonRecord } from "./cleanJson";

const MAX_FRIENDLY_NAME_LENGTH = 256;
const STATES = ["active", "inactive", "closed"] as const;
type State = (typeof STATES)[number];
/** ISO 8601 durations such as PT10M, P1D or P1DT12H. */
const DURATION_PATTERN = /^P(?=\d|T\d)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/** A SID or unique name the client will put in a path: checked here so a wrong one fails before any request. */
function cleanSidOrUniqueName(label: string) {
  return (value: unknown): string => {
    const text = requireValue(label, optionalText(value), `${sidExpected("conversation")}, or the conversation's unique name`);
    sidOrUniqueNameSegment("conversation", text, label);
    return text;
  };
}

export const conversationService = input({
  label: "Conversation Service",
  type: "string",
  required: false,
  example: "IS2aa8c3ab2d4a4b5c9e0b8c7a6f5e4d3c",
  comments: "The Conversation Service (IS...) the conversation belongs to. Leave empty for the account's default Conversation Service.",
  dataSource: "selectConversationService",
  clean: cleanPattern("Conversation Service", SID_PATTERNS.conversationService, sidExpected("conversationService")),
});

export const conversation = input({
  label: "Conversation",
  type: "string",
  required: true,
  example: "CH6e2d1a0b3c4d5e6f7a8b9c0d1e2f3a4b",
  comments: "The conversation (CH...), or its unique name. The picker lists the newest conversations of the Conversation Service.",
  dataSource: "selectConversation",
  clean: cleanSidOrUniqueName("Conversation"),
});

export const friendlyName = input({
  label: "Friendly Name",
  type: "string",
  required: false,
  example: "Order 1234 support",
  comments: `A name for people to read (at most ${MAX_FRIENDLY_NAME_LENGTH} characters).`,
  clean: (value: unknown): string | undefined => {
    const name = optionalText(value);
    if (name && name.length > MAX_FRIENDLY_NAME_LENGTH)
      throw new InputError("Friendly Name", `at most ${MAX_FRIENDLY_NAME_LENGTH} characters`, name);
    return name;
  },
});

export const uniqueName = input({
  label: "Unique Name",
  type: "string",
  required: false,
  example: "order-1234",
  comments: "A name unique in the Conversation Service, usable in place of the SID in every Conversation input (an order or ticket ID).",
  clean: (value: unknown): string | undefined => {
    const name = optionalText(value);
    if (name !== undefined) sidOrUniqueNameSegment("conversation", name, "Unique Name");
    return name;
  },
});

export const attributes = input({
  label: "Attributes",
  type: "code",
  language: "json",
  required: false,
  example: '{"orderId": "1234", "priority": "high"}',
  comments: "Your own data kept with it, as a JSON object (Twilio stores it as a JSON string of at most 16 KB).",
  clean: cleanJsonRecord("Attributes", '{"orderId": "1234"}'),
});

const cleanState =
  (label: string) =>
  (value: unknown): State | undefined => {
    const state = optionalText(value)?.toLowerCase();
    if (state !== undefined && !STATES.includes(state as State)) throw new InputError(label, STATES.join(", "), value);
    return state as State | undefined;
  };

export const state = input({
  label: "State",
  type: "string",
  required: false,
  model: [{ label: "Unchanged", value: "" }, ...STATES.map((one) => ({ label: one, value: one }))],
  example: "closed",
  comments: "active, inactive (reopens with the next message) or closed (final: a closed conversation cannot be changed or reopened).",
  clean: cleanState("State"),
});

export const stateFilter = input({
  label: "State",
  type: "string",
  required: false,
  model: [{ label: "Any", value: "" }, ...STATES.map((one) => ({ label: one, value: one }))],
  example: "active",
  comments: "Only conversations in this state. Leave empty for all.",
  clean: cleanState("State"),
});

function timerInput(label: string, comments: string, example: string) {
  return input({
    label,
    type: "string",
    required: false,
    example,
    comments,
    clean: cleanPattern(label, DURATION_PATTERN, "an ISO 8601 duration such as PT10M (10 minutes), PT12H or P1D"),
  });
}

export const timerInactive = timerInput(
  "Inactive After",
  "After how long without messages the conversation becomes inactive, as an ISO 8601 duration (at least PT1M).",
  "PT30M",
);
export const timerClosed = timerInput(
  "Closed After",
  "After how long without messages the conversation is closed for good, as an ISO 8601 duration (at least PT10M).",
  "P1D",
);

/** Irreversible: the builder says so explicitly. */
export const confirmDelete = input({
  label: "Confirm Delete",
  type: "boolean",
  required: true,
  default: "false",
  comments: "Deleting a conversation deletes its messages and participants for good. Turn on to confirm.",
  clean: (value: unknown): true => {
    if (value !== true && value !== "true") throw new InputError("Confirm Delete", "true: deleting a conversation cannot be undone", value);
    return true;
  },
});

export const conversationServiceToRegister = input({
  label: "Conversation Service to Register",
  type: "string",
  required: false,
  example: "IS2aa8c3ab2d4a4b5c9e0b8c7a6f5e4d3c",
  comments:
    "Optional: a Conversation Service (IS...) whose post-event webhook (onMessageAdded, onParticipantAdded, onConversationStateUpdated...) is pointed at this flow when the instance is deployed, and put back as it was when the instance is deleted. Its pre-event webhook is left as it is.",
  dataSource: "selectConversationService",
  clean: cleanPattern("Conversation Service to Register", SID_PATTERNS.conversationService, sidExpected("conversationService")),
});
