import { input } from "@prismatic-io/spectral";
import { MAX_REPLY_TIMEOUT_MS } from "../client/terms";
import { InputError } from "../client/transport/errors";
import { cleanDateTime, cleanRecipient, cleanRequiredRecipientOrNationalNumber, optionalText } from "./clean";

const DEFAULT_REPLY_TIMEOUT = "5m";
const DURATION_PART = /(\d+)\s*([hms])/g;
const DURATION_PATTERN = /^(\d+\s*[hms]\s*)+$/;
const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1_000 };
const DURATION_EXPECTED = `a duration such as 30s, 10m, 1h or 1m30s, up to ${MAX_REPLY_TIMEOUT_MS / 3_600_000}h`;

/** "30s", "10m", "1h", "1m30s", or a bare number of seconds, in milliseconds. */
export function toDurationMs(input: string, text: string): number {
  const compact = text.trim().toLowerCase();
  const ms = /^\d+$/.test(compact)
    ? Number(compact) * UNIT_MS.s
    : DURATION_PATTERN.test(compact)
      ? [...compact.matchAll(DURATION_PART)].reduce((total, [, amount, unit]) => total + Number(amount) * UNIT_MS[unit], 0)
      : Number.NaN;
  if (!Number.isFinite(ms) || ms <= 0 || ms > MAX_REPLY_TIMEOUT_MS) throw new InputError(input, DURATION_EXPECTED, text);
  return ms;
}

export const replyFrom = input({
  label: "Reply From",
  type: "string",
  required: true,
  example: "+15558675310",
  placeholder: "+15558675310",
  comments:
    "The phone number (E.164) or channel address such as whatsapp:+15558675310 whose reply to wait for: usually the To of the message you sent. A number without + needs Default Country Code.",
  clean: cleanRequiredRecipientOrNationalNumber("Reply From"),
});

export const replyTo = input({
  label: "Reply To",
  type: "string",
  required: false,
  example: "+15017122661",
  comments:
    "Only count replies sent to this number of yours (the From of the message you sent). Leave empty to accept a reply to any of the account's numbers.",
  clean: cleanRecipient("Reply To"),
});

export const since = input({
  label: "Since",
  type: "string",
  required: false,
  example: "2026-11-20T16:04:31Z",
  comments:
    "Only messages received at or after this time (ISO 8601) count as the reply: pass the dateCreated of the message you sent so a quick reply is not missed. Defaults to the moment the step starts.",
  clean: cleanDateTime("Since"),
});

export const timeout = input({
  label: "Timeout",
  type: "string",
  required: false,
  default: DEFAULT_REPLY_TIMEOUT,
  example: "10m",
  comments: `How long to wait: ${DURATION_EXPECTED} (default ${DEFAULT_REPLY_TIMEOUT}). The step returns replied: false when nothing came in time. The step's own run-time limit in your Prismatic plan still applies.`,
  clean: (value: unknown): number => toDurationMs("Timeout", optionalText(value) ?? DEFAULT_REPLY_TIMEOUT),
});
