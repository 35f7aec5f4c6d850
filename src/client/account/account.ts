import { TwilioApiError } from "../transport/errors";
import { requestJson } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

export interface ConnectionCheck {
  /** True when Twilio accepted the credentials and the account can send. */
  ok: boolean;
  /** What is wrong and what to do about it, when ok is false. */
  problem: string | null;
  /** Something to know even though the connection works, such as a trial account's limits. */
  warning: string | null;
  accountSid: string;
  friendlyName: string | null;
  /** active, suspended or closed. */
  status: string | null;
  /** Trial or Full. */
  type: string | null;
}

interface AccountBody {
  friendly_name?: string;
  status?: string;
  type?: string;
}

const ACCOUNT_PROBLEMS: Record<string, string> = {
  suspended:
    "The credentials work, but the account is suspended: Twilio refuses to send from it. Check the balance and any notice in Twilio Console > Billing, or contact Twilio Support.",
  closed: "The credentials work, but the account is closed for good: connect an active account instead.",
};

const TRIAL_WARNING =
  "This is a trial account: it can only text verified phone numbers, and every message starts with a trial notice. Upgrade it in Twilio Console to text anyone.";

/**
 * Fetches the account the connection names with the connection's own credentials, the
 * cheapest call that proves both. The response also carries the account's Auth Token: only
 * the fields listed in ConnectionCheck are kept.
 */
export async function checkConnection(client: TwilioClient): Promise<ConnectionCheck> {
  const { accountSid } = client;
  const unknownAccount = {
    accountSid,
    friendlyName: null,
    status: null,
    type: null,
    warning: null,
  };
  let account: AccountBody;
  try {
    account = parseAccount(
      await requestJson(client, { method: "get", uri: `${TWILIO_ORIGINS.api}/2010-04-01/Accounts/${accountSid}.json` }),
    );
  } catch (error) {
    const status = error instanceof TwilioApiError ? error.details.status : undefined;
    if (status === 401) return { ...unknownAccount, ok: false, problem: describeRejectedCredentials(client) };
    if (status === 403 || status === 404) return { ...unknownAccount, ok: false, problem: describeInaccessibleAccount(client) };
    throw error;
  }
  const status = account.status ?? null;
  const problem = (status && ACCOUNT_PROBLEMS[status]) || null;
  return {
    ok: problem === null,
    problem,
    warning: account.type === "Trial" ? TRIAL_WARNING : null,
    accountSid,
    friendlyName: account.friendly_name ?? null,
    status,
    type: account.type ?? null,
  };
}

/** Twilio answers 401 (error 20003) for a wrong SID and a wrong secret alike, so both are named. */
function describeRejectedCredentials(client: TwilioClient): string {
  const { accountSid, region, username } = client.credentials;
  const regionHint = region
    ? ` The connection's Region is "${region}": the account must be set up for that region, or leave Region empty.`
    : "";
  if (username.startsWith("SK")) {
    return (
      `Twilio did not accept API Key ${username} with its secret for account ${accountSid}. Check that the key still exists (Twilio Console > Account > API keys & tokens), ` +
      `that the API Secret is the one shown when the key was created (it cannot be viewed again: create a new key if it is lost), and that the key belongs to account ${accountSid}.${regionHint}`
    );
  }
  return (
    `Twilio did not accept Account SID ${accountSid} with this Auth Token. Check the Account SID, and that the Auth Token is the account's current primary token ` +
    `(Twilio Console > Account Info): it changes when the token is rotated.${regionHint}`
  );
}

function describeInaccessibleAccount(client: TwilioClient): string {
  const { accountSid } = client.credentials;
  return (
    `The credentials work, but they may not read account ${accountSid}. Check the Account SID: it must be the account the API key was created in ` +
    "(a subaccount's key cannot use its parent account), and a restricted API key needs permission to read the account."
  );
}

function parseAccount(body: unknown): AccountBody {
  return body && typeof body === "object" ? (body as AccountBody) : {};
}
