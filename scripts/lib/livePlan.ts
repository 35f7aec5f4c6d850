/**
 * Which checks `npm run test:live` runs, read from the environment: test credentials, live
 * credentials with a sender and a recipient, or neither.
 */
import type { ConnectionValue } from "@prismatic-io/spectral/dist/serverTypes";
import { abbreviateSid, realTwilioFromEnvironment } from "./twilioTarget";

/** Test credentials validate "To" as a live request would: any real, well-formed number passes. */
export const DEFAULT_TEST_TO = "+14108675310";
export const DEFAULT_WAIT_SECONDS = 180;

/** One set of credentials and the connection the checks use with it. */
interface CredentialSet {
  connection: ConnectionValue;
  /** Which account, without its secrets. */
  description: string;
  /** Values that must never be printed: the secret and the Basic authorization made from it. */
  secrets: string[];
}

export interface TestCredentialSet extends CredentialSet {
  accountSid: string;
  /** Recipient of the sends and calls expected to succeed. */
  to: string;
}

export interface LiveSet extends CredentialSet {
  to: string;
  from: string;
}

export interface LivePlan {
  test?: TestCredentialSet;
  live?: LiveSet;
  /** Set in TWILIO_BASE_URL: every request goes there instead of https://api.twilio.com. */
  baseUrl?: string;
  waitMs: number;
  /** For each set that does not run, what to set so that it does. */
  notRunning: string[];
}

/** Misconfiguration, as opposed to a failed check. */
export class PlanError extends Error {}

const LIVE_CREDENTIALS_HINT = "TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or with TWILIO_API_KEY and TWILIO_API_SECRET)";

export function planFromEnvironment(env: NodeJS.ProcessEnv): LivePlan {
  const value = (name: string) => env[name]?.trim() || undefined;
  const baseUrl = value("TWILIO_BASE_URL");
  const notRunning: string[] = [];

  let test: TestCredentialSet | undefined;
  const testSid = value("TWILIO_TEST_ACCOUNT_SID");
  const testToken = value("TWILIO_TEST_AUTH_TOKEN");
  if (testSid && testToken) {
    const fields: Record<string, string> = { username: testSid, password: testToken, ...(baseUrl ? { baseUrl } : {}) };
    test = {
      connection: { key: "basic", configVarKey: "twilioConnection", fields },
      description: `test account ${abbreviateSid(testSid)}`,
      secrets: [testToken, basicCredentials(testSid, testToken)],
      accountSid: testSid,
      to: value("TWILIO_TEST_TO") ?? DEFAULT_TEST_TO,
    };
  } else {
    const missing = [!testSid && "TWILIO_TEST_ACCOUNT_SID", !testToken && "TWILIO_TEST_AUTH_TOKEN"].filter(Boolean).join(" and ");
    notRunning.push(
      `Test-credential checks (free): set ${missing} (Twilio Console > Account management > API keys & tokens > Test credentials).`,
    );
  }

  let live: LiveSet | undefined;
  const target = realTwilioFromEnvironment(env);
  const to = value("TWILIO_LIVE_TO");
  const from = value("TWILIO_LIVE_FROM");
  if (target && to && from) {
    const connection = baseUrl ? { ...target.connection, fields: { ...target.connection.fields, baseUrl } } : target.connection;
    const fields = connection.fields as Record<string, string>;
    const basic = fields.apiKey ? basicCredentials(fields.apiKey, fields.apiSecret) : basicCredentials(fields.username, fields.password);
    live = {
      connection,
      description: target.description.replace(/^real Twilio: /, ""),
      secrets: [...target.secrets, basic],
      to,
      from,
    };
  } else {
    const missing = [!target && LIVE_CREDENTIALS_HINT, !from && "TWILIO_LIVE_FROM", !to && "TWILIO_LIVE_TO"].filter(Boolean);
    notRunning.push(`Live checks (send one real message, then delete it): set ${missing.join(", ")}.`);
  }

  const waitText = value("TWILIO_LIVE_WAIT_SECONDS");
  const waitSeconds = waitText === undefined ? DEFAULT_WAIT_SECONDS : Number(waitText);
  if (!Number.isFinite(waitSeconds) || waitSeconds <= 0) {
    throw new PlanError(`TWILIO_LIVE_WAIT_SECONDS must be a positive number of seconds, got "${waitText}".`);
  }
  return { test, live, baseUrl, waitMs: waitSeconds * 1000, notRunning };
}

function basicCredentials(user: string, secret: string): string {
  return Buffer.from(`${user}:${secret}`).toString("base64");
}
