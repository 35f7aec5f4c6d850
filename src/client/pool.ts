import { toActionableError } from "./transport/errorMapping";
import { TwilioApiError } from "./transport/errors";

/** After a 401 every further request would fail the same way: the rest are not sent. */
const CREDENTIALS_REJECTED_STATUS = 401;

export interface PooledOutcome<R> {
  result: R;
  /** The HTTP status of a refused request. */
  httpStatus?: number;
}

/**
 * The one worker pool of the component (bulk sends, line-type screening): runs `work` on the
 * queued items in order, at most `concurrency` at a time, while `keepGoing` allows; items not
 * started stay in `queue`. Once Twilio rejects the credentials, the items left get that result
 * without a request.
 */
export async function runPool<T, R>(
  queue: T[],
  concurrency: number,
  work: (item: T) => Promise<PooledOutcome<R>>,
  record: (item: T, result: R) => void,
  keepGoing: () => boolean = () => true,
): Promise<void> {
  let credentialsRejection: R | undefined;
  const worker = async (): Promise<void> => {
    while (queue.length > 0 && keepGoing()) {
      const item = queue.shift() as T;
      if (credentialsRejection !== undefined) {
        record(item, credentialsRejection);
        continue;
      }
      const { result, httpStatus } = await work(item);
      record(item, result);
      if (httpStatus === CREDENTIALS_REJECTED_STATUS) credentialsRejection = result;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
}

/** How a failure reads in a result row: the action passes the component's wording (src/errors), else it is said in Twilio's terms. */
export type FailureWording = (error: unknown) => unknown;

/** A failed request as a result row shows it: Twilio's code, the HTTP status and a message safe to show. */
export function refusalOf(
  error: unknown,
  wording: FailureWording = toActionableError,
): { code: number | null; httpStatus?: number; message: string } {
  const actionable = wording(error);
  const details = actionable instanceof TwilioApiError ? actionable.details : {};
  return {
    code: details.code ?? null,
    httpStatus: details.status,
    message: actionable instanceof Error ? actionable.message : String(actionable),
  };
}
