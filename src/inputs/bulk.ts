import { input } from "@prismatic-io/spectral";
import { DEFAULT_BULK_CONCURRENCY, MAX_BULK_CONCURRENCY, MAX_BULK_RECIPIENTS } from "../client/messages/bulkSend";
import { InputError } from "../client/transport/errors";
import { cleanBoolean, cleanInteger, toTextList } from "./clean";

export const recipients = input({
  label: "Recipients",
  type: "string",
  collection: "valuelist",
  required: true,
  example: "+15558675310",
  comments: `Who gets the message, up to ${MAX_BULK_RECIPIENTS}: phone numbers in E.164 format or channel addresses such as "whatsapp:+15558675310" (a list, or one text with numbers separated by commas or new lines). Each number gets one message even if listed twice; an invalid number fails only its own row of the result.`,
  clean: (value: unknown): string[] => {
    const list = toTextList(value);
    if (list.length === 0) throw new InputError("Recipients", "at least one phone number", "");
    if (list.length > MAX_BULK_RECIPIENTS) {
      throw new InputError(
        "Recipients",
        `at most ${MAX_BULK_RECIPIENTS} numbers per step: split the list across loop iterations`,
        `${list.length} numbers`,
      );
    }
    return list;
  },
});

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
