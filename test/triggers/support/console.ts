import type { MessagingService } from "../../../sandbox/products/messagingServices";
import type { StoredNumber } from "../../../sandbox/products/numberBook";
import { ACCOUNT_SID, AUTH_TOKEN } from "../../support/credentials";
import type { TestSandbox } from "../../support/sandbox";

/**
 * What a builder sees and does in Twilio's Console, on a sandbox Twilio: a number or Messaging
 * Service as Twilio now answers for it, and changes made to it outside the component (which the
 * sandbox keeps but does not count among the requests the component sent).
 */
async function answerFor(sandbox: TestSandbox, path: string) {
  const authorization = `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}`;
  return (await (await fetch(`${sandbox.url}${path}`, { headers: { authorization } })).json()) as Record<string, unknown>;
}

export const numberNow = (sandbox: TestSandbox, sid: string) =>
  answerFor(sandbox, `/2010-04-01/Accounts/${ACCOUNT_SID}/IncomingPhoneNumbers/${sid}.json`);

export const serviceNow = (sandbox: TestSandbox, sid: string) => answerFor(sandbox, `/messaging/v1/Services/${sid}`);

export function changeNumberInConsole(sandbox: TestSandbox, sid: string, fields: Record<string, string>): void {
  const kept = sandbox.inspect<StoredNumber[]>("numbers", ACCOUNT_SID)?.find((one) => one.sid === sid);
  if (!kept) throw new Error(`the sandbox has no number ${sid}`);
  Object.assign(kept.fields, fields);
}

export function changeServiceInConsole(sandbox: TestSandbox, sid: string, fields: Record<string, unknown>): void {
  const kept = sandbox.inspect<MessagingService[]>("messagingServices", ACCOUNT_SID)?.find((one) => one.sid === sid);
  if (!kept) throw new Error(`the sandbox has no Messaging Service ${sid}`);
  Object.assign(kept.fields, fields);
}
