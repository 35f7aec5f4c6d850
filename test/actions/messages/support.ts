import type { actionsPerCase } from "../support";

export const MESSAGING_SERVICE_SID = `MG${"0123456789abcdef".repeat(2)}`;

/** A text sent through the component from the sandbox's number: its record. */
export const sendText = (on: ReturnType<typeof actionsPerCase>, inputs: Record<string, unknown> = {}) =>
  on.run("sendSMS", { to: "+15558675310", from: "+15017122661", message: "Your code is 123456", ...inputs });

/** Sent, then delivered on the sandbox's clock, so Twilio lets it be redacted or deleted. */
export async function deliveredText(on: ReturnType<typeof actionsPerCase>): Promise<string> {
  const { sid } = await sendText(on);
  await on.sandbox.clock.advance(5_000);
  return sid as string;
}

/**
 * Adds an account on Twilio's test credentials to the case's sandbox: its sends are answered and
 * kept nowhere, and its magic numbers get Twilio's documented refusals. The connection fields that
 * authenticate as it.
 */
export function withTestCredentials(on: ReturnType<typeof actionsPerCase>): { username: string; password: string } {
  const account = { sid: `AC${"7e57".repeat(8)}`, authToken: "test-auth-token-0f1e2d3c4b5a6978" };
  on.sandbox.addAccount({ ...account, apiKeys: {}, test: true });
  return { username: account.sid, password: account.authToken };
}
