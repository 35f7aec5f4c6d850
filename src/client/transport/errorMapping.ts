import { SpectralError } from "@prismatic-io/spectral";
import type RestException from "twilio/lib/base/RestException";
import type TwilioServiceException from "twilio/lib/base/TwilioServiceException";
import { TwilioApiError, type TwilioErrorDetails } from "./errors";
import { redactSecrets } from "./secrets";

// Twilio's answers and failures on the way to it, read into TwilioApiError in Twilio's terms: its
// code, words, status and documentation link. What a builder should do about each is the
// component's (src/errors), which adds it with the first failure.

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

/** Turns Twilio's JSON error body and HTTP status into the one error shape the component reads. */
export function fromTwilioErrorBody(status: number, body: unknown): TwilioApiError {
  if (isUnreadableJson(body)) return unreadableAnswerError(status, undefined);
  const parsed = parseErrorBody(body);
  const code = typeof parsed.code === "number" ? parsed.code : undefined;
  const reason = reasonOf(parsed) ?? `HTTP ${status}`;
  const moreInfo = parsed.more_info ?? (code ? `https://www.twilio.com/docs/errors/${code}` : undefined);
  const details = { code, status, moreInfo, reason };
  return new TwilioApiError(twilioAnswerSummary(details), details);
}

/** Twilio's answer in one line: its code and status, its words, then `fix` (if any) and where it documents the code. */
export function twilioAnswerSummary(details: TwilioErrorDetails, fix?: string): string {
  const { code, status, reason, moreInfo } = details;
  return [`Twilio ${code ? `error ${code}` : "error"} (HTTP ${status}): ${reason}`, fix, moreInfo && `More info: ${moreInfo}`]
    .filter(Boolean)
    .join(" ");
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

/** Node's codes for a request that got no answer: refused, unresolved, reset or timed out. */
const NETWORK_FAILURES = new Set(["ECONNREFUSED", "ENOTFOUND", "ECONNRESET", "ECONNABORTED", "ETIMEDOUT"]);

interface NetworkLikeError {
  code?: string;
  message?: string;
  isAxiosError?: boolean;
  response?: { status: number; data: unknown };
}

/**
 * Any failure in Twilio's terms (the error hook passes every one through here). Errors are
 * rebuilt from known-safe fields only: an axios error carries the request config, Authorization
 * header included, and must never reach the run log as it is.
 */
export function toActionableError(error: unknown): unknown {
  if (error instanceof SpectralError) return error;
  // twilio-node's own exceptions, only thrown by code that bypasses the HTTP client: loaded with the first failure, not the component.
  const { RestException, TwilioServiceException } = twilioExceptions();
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
  if (networkError?.code && NETWORK_FAILURES.has(networkError.code)) {
    return new TwilioApiError(`Could not complete the request to Twilio (${networkError.code}).`, { networkCode: networkError.code });
  }
  if (error instanceof Error) {
    const safe = new Error(redactSecrets(error.message));
    safe.name = error.name;
    return safe;
  }
  return error;
}

function twilioExceptions(): { RestException: typeof RestException; TwilioServiceException: typeof TwilioServiceException } {
  return {
    RestException: require("twilio/lib/base/RestException").default,
    TwilioServiceException: require("twilio/lib/base/TwilioServiceException").default,
  };
}

/**
 * An answer that is not JSON (an HTML error page from a proxy, a body cut off mid-way): said as
 * such with its HTTP status, never as a parser's message about some token at some position.
 */
export function unreadableAnswerError(status: number, contentType: unknown): TwilioApiError {
  const type = typeof contentType === "string" && contentType !== "" ? `, ${contentType.split(";")[0]}` : "";
  return new TwilioApiError(`Twilio's answer could not be read (HTTP ${status}${type}): it is not JSON, or it was cut off.`, {
    status,
    unreadable: true,
  });
}
