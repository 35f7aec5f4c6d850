import { type Connection, ConnectionError, SpectralError } from "@prismatic-io/spectral";
import RestException from "twilio/lib/base/RestException";
import TwilioServiceException from "twilio/lib/base/TwilioServiceException";
import { redactSecrets, redactSecretsIn } from "./secrets";

/** A bad input, caught before any request is sent. The message names the input and what it expects. */
export class InputError extends SpectralError {
  constructor(
    readonly input: string,
    expected: string,
    received?: unknown,
  ) {
    // What was typed is echoed to say what is wrong with it, unless it is a secret pasted in the wrong place.
    super(redactSecrets(`Input "${input}": expected ${expected}${received === undefined ? "" : `, got ${describeValue(received)}`}.`));
    this.name = "InputError";
  }
}

export interface TwilioErrorDetails {
  code?: number;
  status?: number;
  moreInfo?: string;
  /** What the builder should check or change: an input, a connection field, a Twilio setting. */
  fix?: string;
  /** Twilio's answer arrived but could not be read (not JSON, or cut off): after a create, it may have been done. */
  unreadable?: boolean;
}

/** Anything Twilio (or the network on the way to it) refused, in words a builder can act on. */
export class TwilioApiError extends SpectralError {
  readonly details: TwilioErrorDetails;

  /** Every text field is scrubbed of known secrets, whichever part of Twilio's answer it came from. */
  constructor(message: string, details: TwilioErrorDetails = {}) {
    super(redactSecrets(message));
    this.name = "TwilioApiError";
    this.details = redactSecretsIn(details);
  }
}

const MAX_ECHOED_LENGTH = 60;

function describeValue(value: unknown): string {
  if (value === "" || value === null) return "an empty value";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `"${text.length > MAX_ECHOED_LENGTH ? `${text.slice(0, MAX_ECHOED_LENGTH)}…` : text}"`;
}

/**
 * A ConnectionError that names the field at fault. Spectral's ConnectionError keeps the
 * connection it is given, and a thrown error may be serialized into run logs, so it gets a
 * copy that carries the keys but none of the field values.
 */
export function connectionFieldError(connection: Connection, fieldLabel: string, expected: string): ConnectionError {
  const withoutValues: Connection = { key: connection.key, configVarKey: connection.configVarKey, fields: {} };
  return new ConnectionError(withoutValues, `Connection field "${fieldLabel}": expected ${expected}.`);
}

/** WhatsApp's refusals, as Twilio answers them or reports them later in a message's error_code. */
const WHATSAPP_FIXES: Record<number, string> = {
  63001:
    "Twilio could not authenticate with WhatsApp for this sender: check the sender's WhatsApp Business Account in Twilio Console > Messaging > Senders > WhatsApp senders.",
  63003: 'Check the "To" input: this number has no WhatsApp account, or it is written without its country code.',
  63005:
    "WhatsApp did not accept this content for the sender: send an approved content template (Content Template SID) or change the message.",
  63007:
    'Check the "From" input: it is not a WhatsApp sender of this account. Use the "whatsapp:+..." address of a sender registered in Twilio Console > Messaging > Senders > WhatsApp senders (or the sandbox number while testing), or a Messaging Service that has one.',
  63013:
    "WhatsApp refused the message under its commerce or messaging policy: review the content and the sender's standing in Meta Business Manager.",
  63015:
    "The WhatsApp sandbox only sends to numbers that joined it: have the recipient send the sandbox's join code first, or use a registered WhatsApp sender.",
  63016:
    'The recipient has not written in the last 24 hours, so WhatsApp only accepts an approved template: set "Content Template SID" to a template WhatsApp approved (List Content Templates shows the status) and fill its "Content Variables", instead of "Message".',
  63018: "WhatsApp is rate limiting this sender: lower the concurrency of your flow, spread the sends out, or retry later.",
  63020: "The WhatsApp Business Account has not accepted Twilio's invitation in Meta Business Manager: accept it there, then send again.",
  63021:
    "WhatsApp found the message content invalid (for example too long or a media type it does not take): check the body, media and template variables.",
  63024: 'Check the "To" input: WhatsApp cannot deliver to this recipient.',
  63027:
    "The template is not available in that language on WhatsApp: check its approval and language (Get Content Template) or pick another template.",
  63028:
    'The number of "Content Variables" does not match the template\'s placeholders: give one value for each placeholder ({{1}}, {{2}}, ...); turn on "Check Content Variables" to catch this before sending.',
  63030:
    "WhatsApp does not support one of the parameters sent with this message: send only what WhatsApp takes (the body or a content template, media, a status callback).",
  63031: 'Check "To" and "From": a WhatsApp message cannot be sent to its own sender.',
  63032:
    "WhatsApp did not deliver this message to this user (WhatsApp limitation 472: the user is part of a WhatsApp experiment). Nothing to fix on your side: reach the user on another channel, such as SMS.",
  63049:
    "Meta chose not to deliver this WhatsApp marketing message to this user, to keep the user's engagement healthy. Do not resend it right away: try later, or send a utility template if the message is transactional.",
};

/** What to check for the Twilio error codes builders meet most often. */
const FIXES_BY_CODE: Record<number, string> = {
  20003: "Check the connection: the Account SID and Auth Token (or API Key SID and Secret) do not authenticate.",
  20404: "Check the SID you passed: no such resource exists in this account.",
  20429: "Twilio is rate limiting this account: lower the concurrency of your flow or retry later.",
  21211: 'Check the "To" input: it must be a valid phone number in E.164 format, such as +15558675310.',
  21408: "Enable the destination country in Twilio Console > Messaging > Settings > Geo permissions.",
  21602: "Provide a message body, media URLs or a content template.",
  21604: 'Check the "To" input: it is required.',
  21606: 'Check the "From" input: it must be an SMS-capable number, short code or sender ID of this account.',
  21610:
    "The recipient has opted out: they replied STOP (or another opt-out keyword) to this sender or its Messaging Service. Do not retry: Twilio refuses every message to them until they text START, YES or UNSTOP to it.",
  21612: 'Twilio cannot route from this "From" to this "To": check the sender\'s capabilities for that country.',
  21614: 'Check the "To" input: the number is not a mobile number and cannot receive SMS.',
  21617: 'Shorten the "Message" input: the body exceeds 1600 characters.',
  21620: 'Check the "Media URLs" input: Twilio could not use one of the URLs.',
  21701: 'Check the "Messaging Service SID" input: no such Messaging Service exists in this account.',
  60200: "Verify refused one of the values sent (Twilio's message says which): check that input, such as To, Channel, Code or Locale.",
  60202:
    "This verification had too many wrong codes (5 by default) and is closed: do not retry. Send a new code with Send Verification Code.",
  60203:
    "Too many codes were sent to this number or address (5 in 10 minutes by default): do not retry. Wait 10 minutes before sending another code.",
  60205: 'This number is a landline and cannot receive SMS: set "Channel" to call, or ask the user for a mobile number.',
  60212:
    "Too many verification requests for this number are in progress at once: do not retry now. Wait for the pending one to finish, or cancel it with Cancel Verification.",
  60223: 'This channel is disabled on the Verify Service: enable it in Twilio Console > Verify > Services, or choose another "Channel".',
  60410:
    "Verify blocked this delivery attempt (Fraud Guard or Geo Permissions): check Twilio Console > Verify > Fraud Guard and Geo Permissions before sending again.",
  21910:
    'Check "To" and "From": they are on different channels. A "whatsapp:" recipient needs a "whatsapp:" sender, a phone number an SMS sender; a Messaging Service with senders of both picks the right one.',
  ...WHATSAPP_FIXES,
  // Voice
  16109: 'Check the "Format" input: an encrypted recording has no mp3 version, download it as wav.',
  21205: 'Check the URL inputs ("TwiML URL", "Status Callback URL"): Twilio could not use one of them.',
  21210: 'Check the "From" input: it must be a voice-capable number of this account or a caller ID verified in it.',
  21212: 'Check the "From" input: it must be a number, short code or caller ID of this account.',
  21213: 'Check the "From" input: a caller ID is required.',
  21215: "Enable the destination country in Twilio Console > Voice > Settings > Geo permissions.",
  21216: 'Twilio blocks calls to this "To" number (premium or high-risk): it cannot be called from this account.',
  21217: 'Check the "To" input: it must be a valid phone number in E.164 format, such as +15558675310.',
  21218: 'Check the "TwiML App SID" input: no such TwiML App exists in this account.',
  21219: 'A trial account only calls verified numbers: verify the "To" number in Twilio Console, or upgrade the account.',
  21220: "The call is not in a state this change applies to (it may have ended already): check its status with Get Call.",
};

const FIXES_BY_STATUS: Record<number, string> = {
  401: "Check the connection's credentials: Twilio did not accept them.",
  403: "Check the connection's credentials: this API key or account may not use this resource.",
  404: "Check the SID or URL: Twilio has no such resource for this account.",
  429: "Twilio is rate limiting this account: lower the concurrency of your flow or retry later.",
};

const NETWORK_FIXES: Record<string, string> = {
  ECONNREFUSED: "Check the connection's Base URL, Region and Edge: nothing answered there.",
  ENOTFOUND: "Check the connection's Base URL, Region and Edge: the host name does not resolve.",
  ECONNRESET: "The connection to Twilio was reset. A send may or may not have been accepted: check the message log before resending.",
  ECONNABORTED: "The request timed out. A send may or may not have been accepted: check the message log before resending.",
  ETIMEDOUT: "The request timed out. A send may or may not have been accepted: check the message log before resending.",
};

interface TwilioErrorBody {
  code?: number;
  message?: string;
  more_info?: string;
  status?: number;
  /** RFC 7807 problem fields, which Twilio-compatible servers (Prism among them) answer with instead. */
  title?: string;
  detail?: string;
  validation?: { message?: string }[];
}

const MAX_REASONS = 5;

/**
 * What the server said was wrong: Twilio's message, or a problem's title with each violated
 * rule (or its detail), so "accountsid must match pattern" reaches the builder instead of a bare status.
 */
function reasonOf(body: TwilioErrorBody): string | undefined {
  if (typeof body.message === "string" && body.message !== "") return body.message;
  const rules = (Array.isArray(body.validation) ? body.validation : [])
    .map((rule) => rule?.message)
    .filter((message): message is string => typeof message === "string" && message !== "")
    .slice(0, MAX_REASONS);
  const explanation = rules.length > 0 ? rules.join("; ") : body.detail;
  if (body.title && explanation) return `${body.title}: ${explanation}`;
  return body.title || explanation || undefined;
}

/**
 * The error body with its reason in `message`, where twilio-node's RestException looks for it;
 * unchanged when it already has one or carries no reason.
 */
export function withReadableMessage(body: unknown): unknown {
  const parsed = parseErrorBody(body);
  if (typeof parsed.message === "string") return body;
  const message = reasonOf(parsed);
  return message === undefined ? body : JSON.stringify({ ...parsed, message });
}

/** Turns Twilio's JSON error body and HTTP status into the one error shape builders see. */
export function fromTwilioErrorBody(status: number, body: unknown): TwilioApiError {
  if (isUnreadableJson(body)) return unreadableAnswerError(status, undefined);
  const parsed = parseErrorBody(body);
  const code = typeof parsed.code === "number" ? parsed.code : undefined;
  const twilioMessage = reasonOf(parsed) ?? `HTTP ${status}`;
  const moreInfo = parsed.more_info ?? (code ? `https://www.twilio.com/docs/errors/${code}` : undefined);
  const fix = (code && FIXES_BY_CODE[code]) || FIXES_BY_STATUS[status];
  const summary = [
    `Twilio ${code ? `error ${code}` : "error"} (HTTP ${status}): ${twilioMessage}`,
    fix,
    moreInfo && `More info: ${moreInfo}`,
  ]
    .filter(Boolean)
    .join(" ");
  return new TwilioApiError(summary, { code, status, moreInfo, fix });
}

/** A body that has text but is not JSON: axios hands such a body over as the text itself. */
export function isUnreadableJson(body: unknown): boolean {
  const text = Buffer.isBuffer(body) ? body.toString("utf8") : body;
  if (typeof text !== "string" || text.trim() === "") return false;
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

/** The Twilio error code in an error body, if it has one. */
export function twilioErrorCode(body: unknown): number | undefined {
  const { code } = parseErrorBody(body);
  return typeof code === "number" ? code : undefined;
}

function parseErrorBody(body: unknown): TwilioErrorBody {
  if (Buffer.isBuffer(body) || body instanceof ArrayBuffer) return parseErrorBody(Buffer.from(body as Buffer).toString("utf8"));
  if (typeof body === "string") {
    try {
      return parseErrorBody(JSON.parse(body));
    } catch {
      return {};
    }
  }
  return body && typeof body === "object" ? (body as TwilioErrorBody) : {};
}

interface NetworkLikeError {
  code?: string;
  message?: string;
  isAxiosError?: boolean;
  response?: { status: number; data: unknown };
}

/**
 * The component's error hook: every action, trigger and data source failure passes through here.
 * Errors are rebuilt from known-safe fields only: an axios error carries the request config,
 * Authorization header included, and must never reach the run log as it is.
 */
export function toActionableError(error: unknown): unknown {
  if (error instanceof SpectralError) return error;
  if (error instanceof RestException) {
    return fromTwilioErrorBody(error.status, { code: error.code, message: error.message, more_info: error.moreInfo });
  }
  // Twilio's newer APIs answer with RFC 9457 problems, which twilio-node throws as this.
  if (error instanceof TwilioServiceException) {
    return fromTwilioErrorBody(error.status, { code: error.code || undefined, title: error.title, detail: error.detail });
  }
  const networkError = error as NetworkLikeError;
  if (networkError?.isAxiosError && networkError.response) {
    return fromTwilioErrorBody(networkError.response.status, networkError.response.data);
  }
  if (networkError?.code && NETWORK_FIXES[networkError.code]) {
    return new TwilioApiError(`Could not complete the request to Twilio (${networkError.code}). ${NETWORK_FIXES[networkError.code]}`, {
      fix: NETWORK_FIXES[networkError.code],
    });
  }
  if (error instanceof Error) {
    const safe = new Error(redactSecrets(error.message));
    safe.name = error.name;
    return safe;
  }
  return error;
}

/**
 * An answer that is not JSON (an HTML error page from a proxy, a body cut off mid-way): said as
 * such with its HTTP status, never as a parser's message about some token at some position.
 */
export function unreadableAnswerError(status: number, contentType: unknown): TwilioApiError {
  const type = typeof contentType === "string" && contentType !== "" ? `, ${contentType.split(";")[0]}` : "";
  const fix =
    status >= 200 && status < 300
      ? "Twilio may have done what was asked: check before repeating a send or a call."
      : (FIXES_BY_STATUS[status] ?? "Try again later; if it persists, check the connection's Base URL, Region and Edge.");
  return new TwilioApiError(`Twilio's answer could not be read (HTTP ${status}${type}): it is not JSON, or it was cut off. ${fix}`, {
    status,
    fix,
    unreadable: true,
  });
}
