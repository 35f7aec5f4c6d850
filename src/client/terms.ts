/**
 * Twilio's values and bounds that inputs offer and check and the client keeps to, in a module of
 * their own: the component's definition needs them at load, the client's code only on first use.
 */

/** Twilio's largest page, for every list of the 2010-04-01 API. */
export const MAX_PAGE_SIZE = 1000;
/** The most items one list step returns; its nextPageUri reads on. */
export const MAX_LIST_LIMIT = 10_000;
/**
 * What a refused link to continue a list is said of: Twilio's next_page_uri of an earlier page.
 * A list action names its Continue From input instead.
 */
export const NEXT_PAGE_URI = "next_page_uri";
/** What a refused key is said of: the request's idempotencyKey (an action names its input). */
export const IDEMPOTENCY_KEY = "idempotencyKey";
/** What refused template variables are said of: the Messages API's ContentVariables. */
export const CONTENT_VARIABLES = "ContentVariables";
/** What a refused bulk continuation is said of: the continueFrom of an earlier bulk send's result. */
export const BULK_CONTINUE_FROM = "continueFrom";
/** What a refused Raw Request URL is said of, in Twilio's word for a URL parameter. */
export const RAW_URL = "Url";
/** What a webhook registration's refused target is said of: Twilio's parameter for it (a trigger names its input). */
export const REGISTERED_NUMBER = "PhoneNumber";
export const REGISTERED_MESSAGING_SERVICE = "MessagingServiceSid";
export const REGISTERED_CONVERSATION_SERVICE = "ChatServiceSid";

export const DEFAULT_BULK_CONCURRENCY = 5;
export const MAX_BULK_CONCURRENCY = 20;
/** Keeps one step's output bounded; a longer list continues in the next step through continueFrom. */
export const MAX_BULK_RECIPIENTS = 10_000;
export const DEFAULT_BULK_TIME_BUDGET_MS = 600_000;

/** Where idempotency keys are kept: claims in Twilio Sync, or the ledger in the flow's state. */
export const IDEMPOTENCY_STORES = ["sync", "flowState"] as const;
export type IdempotencyStore = (typeof IDEMPOTENCY_STORES)[number];

export const IDEMPOTENCY_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const MAX_IDEMPOTENCY_KEYS = 10_000;

export const MAX_REPLY_TIMEOUT_MS = 60 * 60 * 1000;

export const STATUS_CALLBACK_EVENTS = ["initiated", "ringing", "answered", "completed"] as const;
export const CALL_STATUSES = ["queued", "ringing", "in-progress", "completed", "busy", "failed", "no-answer", "canceled"] as const;
export const VERIFY_CHANNELS = ["sms", "call", "whatsapp", "email"] as const;
/** What WhatsApp says of a template never submitted for its approval. */
export const NOT_SUBMITTED = "unsubmitted";

/** Twilio's limit for a conversation message's body. */
export const MAX_CONVERSATION_BODY_LENGTH = 1600;

/** Twilio's path segment for each kind of number it sells. */
export const NUMBER_TYPES = { local: "Local", mobile: "Mobile", tollFree: "TollFree" } as const;
export type NumberType = keyof typeof NUMBER_TYPES;

/** A country as Twilio's number and pricing paths take it (ISO 3166-1 alpha-2): one path segment, nothing else. */
export const ISO_COUNTRY_PATTERN = /^[A-Z]{2}$/;

/** Twilio answers a search with a few dozen numbers at most: more would only be empty pages. */
export const MAX_SEARCH_LIMIT = 50;

export const ACCOUNT_STATUSES = ["active", "suspended", "closed"] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** Twilio's usage lists, one per period (…/Usage/Records/{file}). */
export const USAGE_PERIODS = {
  today: "Today.json",
  yesterday: "Yesterday.json",
  thisMonth: "ThisMonth.json",
  lastMonth: "LastMonth.json",
  allTime: "AllTime.json",
  daily: "Daily.json",
  monthly: "Monthly.json",
} as const;
export type UsagePeriod = keyof typeof USAGE_PERIODS;

export const TRANSCRIPT_STATUSES = ["queued", "in-progress", "completed", "failed", "canceled"] as const;
export type TranscriptStatus = (typeof TRANSCRIPT_STATUSES)[number];

export const ALERT_LOG_LEVELS = ["error", "warning"] as const;
export type AlertLogLevel = (typeof ALERT_LOG_LEVELS)[number];
