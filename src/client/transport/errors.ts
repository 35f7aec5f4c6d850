import { type Connection, ConnectionError, SpectralError } from "@prismatic-io/spectral";
import RestException from "twilio/lib/base/RestException";
import TwilioServiceException from "twilio/lib/base/TwilioServiceException";
import { redactSecrets } from "./secrets";

/** A bad input, caught before any request is sent. The message names the input and what it expects. */
export class InputError extends SpectralError {
  constructor(
    readonly input: string,
    expected: string,
    received?: unknown,
  ) {
    super(`Input "${input}": expected ${expected}${received === undefined ? "" : `, got ${describeValue(received)}`}.`);
    this.name = "InputError";
  }
}

/** Anything Twilio (or the network on the way to it) refused, in words a builder can act on. */
export class TwilioApiError extends SpectralError {
  constructor(
    message: string,
    readonly details: {
      code?: number;
      status?: number;
      moreInfo?: string;
      /** What the builder should check or change: an input, a connection field, a Twilio setting. */
      fix?: string;
    } = {},
  ) {
    super(message);
    this.name = "TwilioApiError";
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
  21610: "The recipient has opted out (replied STOP). Do not retry: they must text START to opt back in.",
  21612: 'Twilio cannot route from this "From" to this "To": check the sender\'s capabilities for that country.',
  21614: 'Check the "To" input: the number is not a mobile number and cannot receive SMS.',
  21617: 'Shorten the "Message" input: the body exceeds 1600 characters.',
  21620: 'Check the "Media URLs" input: Twilio could not use one of the URLs.',
  21701: 'Check the "Messaging Service SID" input: no such Messaging Service exists in this account.',
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
  return new TwilioApiError(redactSecrets(summary), { code, status, moreInfo, fix });
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
