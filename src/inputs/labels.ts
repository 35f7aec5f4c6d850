import { ContinuationError, InputError } from "../client/transport/errors";

/** Twilio's name for a value the client checks, to the label of the input a builder types it in. */
export type InputLabels = Readonly<Record<string, string>>;

/**
 * Runs a client call, its input errors said of the inputs the builder typed: the client checks
 * values under Twilio's names (next_page_uri, Url, ...), which are not the step's labels. A refused
 * continuation is said to come from `continuedFrom` when given ("an earlier List Calls result").
 */
export async function namingInputs<T>(labels: InputLabels, call: () => Promise<T>, continuedFrom?: string): Promise<T> {
  try {
    return await call();
  } catch (caught) {
    throw namedFor(labels, caught, continuedFrom);
  }
}

/**
 * The error said of the builder's input, as namingInputs says it: also for the failures a step
 * returns as data (a bulk send's rows, a purchase's Messaging Service), which are never thrown.
 */
export function namedFor(labels: InputLabels, caught: unknown, continuedFrom?: string): unknown {
  const error = caught instanceof ContinuationError && continuedFrom ? caught.continuedFrom(continuedFrom) : caught;
  return error instanceof InputError && Object.hasOwn(labels, error.input) ? error.forInput(labels[error.input]) : error;
}
