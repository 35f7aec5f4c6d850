import { badRequest, type SandboxError } from "../core/errors";

/**
 * Twilio's test credentials (docs: IAM > Test Credentials): with them Twilio only creates messages,
 * calls and phone numbers, validates them as it would with live credentials, answers its magic
 * numbers with their documented errors, and keeps nothing (no state, no status callback). The
 * products' create routes ask these functions first when the account is a test one (`Account.test`).
 */

/** The one sender (and the one number to buy) that passes every check. */
export const MAGIC_VALID_NUMBER = "+15005550006";

type Refusals = Record<string, [code: number, message: (number: string) => string]>;

const MESSAGE_FROM: Refusals = {
  "+15005550001": [21212, (from) => `The 'From' number ${from} is not a valid phone number, shortcode, or alphanumeric sender ID.`],
  "+15005550008": [21611, () => "This 'From' number has exceeded the maximum number of queued messages."],
};
const MESSAGE_TO: Refusals = {
  "+15005550001": [21211, (to) => `Invalid 'To' Phone Number: ${to}`],
  "+15005550002": [21612, (to) => `The 'To' phone number: ${to}, is not currently reachable via SMS.`],
  "+15005550003": [21408, (to) => `Permission to send an SMS has not been enabled for the region indicated by the 'To' number: ${to}.`],
  "+15005550004": [21610, () => "Attempt to send to unsubscribed recipient"],
  "+15005550009": [21614, (to) => `'To' number ${to} is not a valid mobile number`],
};
const CALL_FROM: Refusals = {
  "+15005550001": [21212, (from) => `The 'From' number ${from} is not a valid phone number.`],
};
const CALL_TO: Refusals = {
  "+15005550001": [21217, (to) => `Phone number does not appear to be valid: ${to}`],
  "+15005550002": [21214, (to) => `'To' phone number cannot be reached: ${to}`],
  "+15005550003": [21215, (to) => `Account not authorized to call ${to}. Perhaps you need to enable some international permissions.`],
  "+15005550004": [21216, (to) => `Account not allowed to call ${to}`],
};
const NUMBER_TO_BUY: Refusals = {
  "+15005550000": [21422, (number) => `PhoneNumber ${number} is not available.`],
  "+15005550001": [21421, (number) => `PhoneNumber ${number} is invalid.`],
};

function refusal(table: Refusals, number: unknown): SandboxError | undefined {
  const entry = table[String(number)];
  return entry && badRequest(entry[0], entry[1](String(number)));
}

/** Why Twilio refuses this message with test credentials, or undefined when it would create it. */
export function messageRefusal(from: unknown, to: unknown): SandboxError | undefined {
  const refused = refusal(MESSAGE_FROM, from) ?? refusal(MESSAGE_TO, to);
  if (refused || from === MAGIC_VALID_NUMBER) return refused;
  // +15005550007 and every other sender: not a number of the test account.
  return badRequest(21606, `The 'From' phone number provided (${String(from)}) is not a valid message-capable Twilio phone number.`);
}

/** Why Twilio refuses this call with test credentials, or undefined when it would create it. */
export function callRefusal(from: unknown, to: unknown): SandboxError | undefined {
  const refused = refusal(CALL_FROM, from) ?? refusal(CALL_TO, to);
  if (refused || from === MAGIC_VALID_NUMBER) return refused;
  return badRequest(21210, `The source phone number provided, ${String(from)}, is not yet verified for your account.`);
}

/** The number a purchase with test credentials gets, or Twilio's refusal. */
export function numberToBuy(body: Record<string, unknown>): string | SandboxError {
  if (body.PhoneNumber !== undefined) return refusal(NUMBER_TO_BUY, body.PhoneNumber) ?? String(body.PhoneNumber);
  if (String(body.AreaCode) === "533") return badRequest(21452, "No phone numbers found in area code 533.");
  return MAGIC_VALID_NUMBER;
}
