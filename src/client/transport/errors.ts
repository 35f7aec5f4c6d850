import { type Connection, ConnectionError, SpectralError } from "@prismatic-io/spectral";
import { redactSecrets, redactSecretsIn } from "./secrets";

/** A bad input, caught before any request is sent. The message names the input and what it expects. */
export class InputError extends SpectralError {
  /** What is expected and what was given, secrets redacted: the same words when the error is said of another input. */
  private readonly problem: string;

  constructor(
    readonly input: string,
    expected: string,
    received?: unknown,
  ) {
    // What was typed is echoed to say what is wrong with it, unless it is a secret pasted in the wrong place.
    const problem = redactSecrets(`${expected}${received === undefined ? "" : `, got ${describeValue(received)}`}`);
    super(`Input "${input}": expected ${problem}.`);
    this.name = "InputError";
    this.problem = problem;
  }

  /**
   * The same error said of `input`: the client checks values under Twilio's parameter names, and
   * the action names the input the builder typed them in.
   */
  forInput(input: string): InputError {
    return new InputError(input, this.problem);
  }
}

/**
 * A continuation given back (a nextPageUri, a bulk send's continueFrom) that is not one this list
 * or send gave. The client says where it should come from in Twilio's terms; the action names its
 * own results instead (continuedFrom).
 */
export class ContinuationError extends InputError {
  /** As typed, secrets scrubbed: an error may be serialized into run logs with its own fields. */
  private readonly received: string;

  constructor(
    input: string,
    private readonly expectedFrom: (source: string) => string,
    source: string,
    received: string,
  ) {
    super(input, expectedFrom(source), received);
    this.received = redactSecrets(received);
  }

  /** The same refusal, said to expect a continuation from `source` ("an earlier List Calls result"). */
  continuedFrom(source: string): InputError {
    return new InputError(this.input, this.expectedFrom(source), this.received);
  }
}

export interface TwilioErrorDetails {
  code?: number;
  status?: number;
  moreInfo?: string;
  /** Twilio's own words for what was wrong, when the error is its answer. */
  reason?: string;
  /** The network failure on the way to Twilio (ECONNRESET, ETIMEDOUT, ...), when no answer came. */
  networkCode?: string;
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

/** A file over the size cap of its download; the caller says which setting raises the cap. */
export class FileTooLargeError extends TwilioApiError {}

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

/** Twilio answered that the resource does not exist (any more). */
export function isNotFound(error: unknown): boolean {
  return error instanceof TwilioApiError && error.details.status === 404;
}
