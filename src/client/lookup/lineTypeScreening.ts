import { type FailureWording, type PooledOutcome, refusalOf, runPool } from "../pool";
import { toActionableError } from "../transport/errorMapping";
import { TwilioApiError } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";
import { lookupPhoneNumber } from "./phoneNumbers";

/** Why a recipient was not sent to after its line type was checked. */
export type SkipReason = "landline" | "invalidNumber" | "lookupFailed";

export type Screening =
  | { reachable: true; lineType: string | null }
  | { reachable: false; skipped: SkipReason; lineType: string | null; errorCode: number | null; reason: string };

/**
 * Lookup could not tell a recipient's line type, which the send was to know first, so nothing was
 * sent to it. `lookupFailure` is why, for the caller to word; the details are the lookup's.
 */
export class LineTypeUncheckedError extends TwilioApiError {
  /** The lookup's failure as the client reads any failure: in Twilio's terms, secrets scrubbed. */
  readonly lookupFailure: unknown;

  constructor(lookupFailure: unknown) {
    const failure = toActionableError(lookupFailure);
    const why = failure instanceof Error ? failure.message : String(failure);
    super(
      `Not sent: its line type could not be checked, and the send checks it first. ${why}`,
      failure instanceof TwilioApiError ? failure.details : {},
    );
    this.lookupFailure = failure;
  }
}

/** Line types that cannot receive a text message. */
const UNREACHABLE_LINE_TYPES = new Set(["landline"]);

/**
 * Looks up the line type of each distinct number, a bounded number at a time, and says which
 * can receive a text. Each lookup is billed by Twilio, so a number is looked up once however often
 * it is listed. A number whose lookup failed is not declared reachable: the builder asked to check first.
 */
export async function screenLineTypes(
  client: TwilioClient,
  numbers: string[],
  concurrency: number,
  wording?: FailureWording,
): Promise<Map<string, Screening>> {
  const screenings = new Map<string, Screening>();
  await runPool(
    [...new Set(numbers)],
    concurrency,
    (number) => screenOne(client, number, wording),
    (number, screening) => screenings.set(number, screening),
  );
  return screenings;
}

async function screenOne(client: TwilioClient, number: string, wording?: FailureWording): Promise<PooledOutcome<Screening>> {
  try {
    const found = await lookupPhoneNumber(client, { phoneNumber: number, packages: ["line_type_intelligence"] });
    if (!found.valid) {
      const reasons = found.validationErrors.length > 0 ? ` (${found.validationErrors.join(", ")})` : "";
      return {
        result: {
          reachable: false,
          skipped: "invalidNumber",
          lineType: found.lineType,
          errorCode: null,
          reason: `Not sent: Twilio Lookup found ${number} is not a valid phone number${reasons}.`,
        },
      };
    }
    if (found.lineType && UNREACHABLE_LINE_TYPES.has(found.lineType)) {
      return {
        result: {
          reachable: false,
          skipped: "landline",
          lineType: found.lineType,
          errorCode: null,
          reason: `Not sent: Twilio Lookup found ${number} is a ${found.lineType} number, which cannot receive text messages.`,
        },
      };
    }
    return { result: { reachable: true, lineType: found.lineType } };
  } catch (error) {
    const { code, httpStatus, message } = refusalOf(new LineTypeUncheckedError(error), wording);
    return {
      result: {
        reachable: false,
        skipped: "lookupFailed",
        lineType: null,
        errorCode: code,
        reason: message,
      },
      httpStatus,
    };
  }
}
