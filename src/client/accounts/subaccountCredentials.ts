import type RequestClient from "twilio/lib/base/RequestClient";
import type { TwilioCredentials } from "../transport/credentials";
import { fromTwilioErrorBody } from "../transport/errorMapping";
import { TwilioApiError } from "../transport/errors";
import { rememberSecret } from "../transport/secrets";

type Credentials = { username: string; password: string };

/**
 * The REST API (2010-04-01) names the account in its paths, so the parent's credentials act on a
 * subaccount there. Every other host (Voice Intelligence, Monitor, Messaging Services...) knows
 * the account only by the credentials, so requests there authenticate as the subaccount, with its
 * Auth Token read once through the parent and kept in memory only, as a secret to scrub.
 */
export function subaccountCredentials(
  credentials: TwilioCredentials,
  apiOrigin: string,
  http: Pick<RequestClient, "request">,
): (uri: string) => Promise<Credentials | undefined> {
  const { accountSid, username, password } = credentials;
  let token: Promise<string> | undefined;
  const readToken = async (): Promise<string> => {
    const response = await http.request<unknown>({
      method: "get",
      uri: `${apiOrigin}/2010-04-01/Accounts/${accountSid}.json`,
      username,
      password,
      headers: { Accept: "application/json" },
    });
    if (response.statusCode >= 400) throw fromTwilioErrorBody(response.statusCode, response.body);
    const body = (typeof response.body === "string" ? JSON.parse(response.body) : response.body) as { auth_token?: unknown };
    if (typeof body?.auth_token !== "string" || body.auth_token === "") {
      throw new TwilioApiError(
        `Twilio did not give the Auth Token of subaccount ${accountSid} to these credentials: use the parent account's Auth Token or a Main API key of it in the connection.`,
      );
    }
    rememberSecret(body.auth_token);
    return body.auth_token;
  };
  return async (uri) => {
    if (new URL(uri).hostname.split(".")[0] === "api") return undefined;
    token ??= readToken().catch((error) => {
      token = undefined;
      throw error;
    });
    return { username: accountSid, password: await token };
  };
}
