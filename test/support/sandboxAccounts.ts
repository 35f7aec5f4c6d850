import type { Sandbox } from "../../sandbox";
import { ACCOUNT_SID, AUTH_TOKEN } from "./credentials";

const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}`;

/** A subaccount's Auth Token as Twilio gives it to the parent: what must never reach a step's output. */
export async function subaccountAuthToken(sandbox: Sandbox, sid: string): Promise<string> {
  const response = await fetch(`${sandbox.url}/2010-04-01/Accounts/${sid}.json`, {
    headers: { authorization: basic(ACCOUNT_SID, AUTH_TOKEN) },
  });
  return ((await response.json()) as { auth_token: string }).auth_token;
}

/**
 * A Voice Intelligence Service, which builders set up in Twilio Console: here straight through the
 * sandbox's API, as the tests' account or (with its SID and token) a subaccount.
 */
export async function createIntelligenceService(
  sandbox: Sandbox,
  uniqueName: string,
  account: { sid: string; authToken: string } = { sid: ACCOUNT_SID, authToken: AUTH_TOKEN },
): Promise<string> {
  const response = await fetch(`${sandbox.url}/intelligence/v2/Services`, {
    method: "POST",
    body: new URLSearchParams({ UniqueName: uniqueName, FriendlyName: "Support calls" }),
    headers: { authorization: basic(account.sid, account.authToken) },
  });
  return ((await response.json()) as { sid: string }).sid;
}
