import { input } from "@prismatic-io/spectral";
import { DEFAULT_BULK_CONCURRENCY, MAX_BULK_CONCURRENCY, MAX_BULK_RECIPIENTS } from "../client/messages/bulkSend";
import { InputError } from "../client/transport/errors";
import { cleanInteger, toTextList } from "./clean";

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
