import { input } from "@prismatic-io/spectral";
import type { Sender } from "../client/identifiers/addresses";
import type { PlannedRecipient } from "../client/messages/bulkPlan";
import { checkSameChannel } from "../client/messages/channels";
import {
  BULK_CONTINUE_FROM,
  DEFAULT_BULK_CONCURRENCY,
  DEFAULT_BULK_TIME_BUDGET_MS,
  MAX_BULK_CONCURRENCY,
  MAX_BULK_RECIPIENTS,
} from "../client/terms";
import { InputError } from "../client/transport/errors";
import { cleanBoolean, cleanInteger, optionalText, toTextList, withThousands } from "./clean";
import type { InputLabels } from "./labels";
import { CONTINUE_FROM } from "./lists";
import { toRecipientWithDefaultCountry } from "./recipients";

export const recipients = input({
  label: "Recipients",
  type: "string",
  collection: "valuelist",
  required: true,
  example: "+15558675310",
  comments: `Who gets the message, up to ${withThousands(MAX_BULK_RECIPIENTS)}: phone numbers in E.164 format or channel addresses such as "whatsapp:+15558675310" (a list, or one text with numbers separated by commas or new lines). Each number gets one message even if listed twice; an invalid number fails only its own row of the result.`,
  clean: (value: unknown): string[] => {
    const list = toTextList(value);
    if (list.length === 0) throw new InputError("Recipients", "at least one phone number", "");
    if (list.length > MAX_BULK_RECIPIENTS) {
      throw new InputError(
        "Recipients",
        `at most ${withThousands(MAX_BULK_RECIPIENTS)} numbers per step: split the list across loop iterations`,
        `${list.length} numbers`,
      );
    }
    return list;
  },
});

/**
 * Recipients with Default Country Code and the message's sender: each entry as the bulk send takes
 * it, an invalid one kept in place with why (it fails only its own row); a recipient on another
 * channel than From fails the step before anything is sent, since one From serves one channel.
 */
export function toBulkRecipients(
  entries: string[],
  defaultCountryCode: string | undefined,
  sender: Sender | undefined,
): PlannedRecipient[] {
  const from = sender && "from" in sender ? sender.from : undefined;
  return entries.map((entry) => {
    let to: string;
    try {
      to = toRecipientWithDefaultCountry("Recipients", entry, defaultCountryCode);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { invalid: entry, reason: error.message };
    }
    checkSameChannel("Recipients", to, from);
    return { to };
  });
}

export const concurrency = input({
  label: "Concurrency",
  type: "string",
  required: false,
  default: String(DEFAULT_BULK_CONCURRENCY),
  example: "5",
  comments: `How many messages to send at the same time (1 to ${MAX_BULK_CONCURRENCY}, default ${DEFAULT_BULK_CONCURRENCY}). Twilio queues messages at each sender's own rate whatever this is; higher values only finish the step sooner, and a rate-limited request (429) is retried after a pause.`,
  clean: (value: unknown): number => cleanInteger("Concurrency", { min: 1, max: MAX_BULK_CONCURRENCY })(value) ?? DEFAULT_BULK_CONCURRENCY,
});

export const checkLineType = input({
  label: "Check Line Type First",
  type: "boolean",
  required: false,
  default: "false",
  comments:
    "Before sending, look up each distinct phone number's line type with Twilio Lookup (Line Type Intelligence, which Twilio bills per number looked up) and skip landlines and numbers Twilio finds not valid: each skipped row says why, and the result counts them. A number whose lookup fails is skipped too. Looked up once per step however often listed, with the same Concurrency as the sends; channel addresses such as whatsapp: are not looked up. Off by default.",
  clean: cleanBoolean("Check Line Type First"),
});

const DEFAULT_BUDGET_SECONDS = DEFAULT_BULK_TIME_BUDGET_MS / 1000;
const MAX_BUDGET_SECONDS = 3_600;

export const timeBudget = input({
  label: "Time Budget (seconds)",
  type: "string",
  required: false,
  default: String(DEFAULT_BUDGET_SECONDS),
  example: "300",
  comments: `How long this step may keep starting sends (1 to ${MAX_BUDGET_SECONDS}, default ${DEFAULT_BUDGET_SECONDS}). When it runs out, the step stops starting new ones, finishes those under way, and returns the results so far with remainingCount and continueFrom: give continueFrom to the next step (or the next loop iteration) to send to the rest, without re-sending anyone. Keep it below the flow's own time limit.`,
  clean: (value: unknown): number =>
    (cleanInteger("Time Budget (seconds)", { min: 1, max: MAX_BUDGET_SECONDS })(value) ?? DEFAULT_BUDGET_SECONDS) * 1000,
});

/** An earlier run's continueFrom, refused by the client unless it continues the same recipients and message. */
export const BULK_CONTINUE_FROM_LABELS: InputLabels = { [BULK_CONTINUE_FROM]: CONTINUE_FROM };

export const bulkContinueFrom = input({
  label: CONTINUE_FROM,
  type: "string",
  required: false,
  example: "q1w2e3r4t5y6u7i8.250",
  comments:
    "The continueFrom of an earlier run of this step that ran out of time, with the same recipients and message: the run starts at the first recipient that one did not start. Leave empty to start at the top of the list.",
  clean: optionalText,
});
