import { type Connection, util } from "@prismatic-io/spectral";
import { SID_PATTERNS } from "../identifiers/sids";
import { connectionFieldError, InputError } from "./errors";
import { rememberSecret } from "./secrets";
import { parseUrl } from "./urls";

/** Everything a Twilio client is built from, read and checked from either connection. */
export interface TwilioCredentials {
  connectionKey: string;
  /** The account acted on: the Subaccount SID when the connection names one, else the connection's own account. */
  accountSid: string;
  /** Set when the connection acts on a subaccount with its parent's credentials: the parent's Account SID. */
  parentAccountSid?: string;
  /** The Account SID with an Auth Token, or the API Key SID (SK...) with its secret. */
  username: string;
  password: string;
  /** The primary Auth Token: the only secret that can check webhook signatures. */
  authToken?: string;
  region?: string;
  edge?: string;
  /** An origin (plus optional path prefix) replacing https://api.twilio.com and its sibling hosts. */
  baseUrl?: string;
}

const REGION_PATTERN = /^[a-z]{2}[0-9]$/;
const EDGE_PATTERN = /^[a-z]+(-[a-z]+)*$/;

const LOOPBACK_HOSTS = new Set(["localhost", "[::1]"]);

function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function field(connection: Connection, key: string): string | undefined {
  const value = util.types.toString(connection.fields[key] ?? "").trim();
  return value === "" ? undefined : value;
}

function requiredField(connection: Connection, key: string, label: string, expected: string, pattern?: RegExp): string {
  const value = field(connection, key);
  if (value === undefined || (pattern && !pattern.test(value))) throw connectionFieldError(connection, label, expected);
  return value;
}

function optionalField(connection: Connection, key: string, label: string, expected: string, pattern: RegExp): string | undefined {
  const value = field(connection, key);
  if (value !== undefined && !pattern.test(value)) throw connectionFieldError(connection, label, expected);
  return value;
}

const ACCOUNT_SID_EXPECTED = 'an Account SID: "AC" followed by 32 hexadecimal characters, as shown on the Twilio Console home page';

const SUBACCOUNT_SID_EXPECTED = 'the SID of a subaccount of this account: "AC" followed by 32 hexadecimal characters, or nothing';

/**
 * Credentials travel only over https; plain http is allowed to a loopback address alone, so a
 * local Twilio-compatible server can be used in development without ever exposing a secret.
 */
function readBaseUrl(connection: Connection): string | undefined {
  const value = field(connection, "baseUrl");
  if (value === undefined) return undefined;
  const expected = "an https URL such as https://api.twilio.com (http only to a loopback address), without credentials, query or fragment";
  const url = parseUrl(value);
  if (!url) throw connectionFieldError(connection, "Base URL", expected);
  const secure = url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname));
  if (!secure || url.username || url.password || url.search || url.hash) {
    throw connectionFieldError(connection, "Base URL", expected);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

function readSharedSettings(connection: Connection) {
  return {
    region: optionalField(connection, "region", "Region", "a Twilio region such as us1, ie1 or au1", REGION_PATTERN),
    edge: optionalField(connection, "edge", "Edge", "a Twilio edge location such as ashburn, dublin or sydney", EDGE_PATTERN),
    baseUrl: readBaseUrl(connection),
  };
}

export function readCredentials(connection: Connection | undefined | null): TwilioCredentials {
  if (!connection || typeof connection !== "object" || !connection.fields) {
    throw new InputError("Connection", "a Twilio connection (Auth Token or API Key)");
  }
  const own = connection.key === "apiKeySecret" ? readApiKeyConnection(connection) : readAuthTokenConnection(connection);
  const subaccountSid = optionalField(connection, "subaccountSid", "Subaccount SID", SUBACCOUNT_SID_EXPECTED, SID_PATTERNS.account);
  const credentials =
    subaccountSid && subaccountSid !== own.accountSid ? { ...own, accountSid: subaccountSid, parentAccountSid: own.accountSid } : own;
  rememberSecret(credentials.password);
  rememberSecret(credentials.authToken);
  rememberSecret(basicAuthorization(credentials));
  return credentials;
}

/** The Basic credentials Twilio expects, base64 of "user:secret": also remembered as a secret to scrub. */
export function basicAuthorization({ username, password }: Pick<TwilioCredentials, "username" | "password">): string {
  return Buffer.from(`${username}:${password}`).toString("base64");
}

function readAuthTokenConnection(connection: Connection): TwilioCredentials {
  const accountSid = requiredField(connection, "username", "Account SID", ACCOUNT_SID_EXPECTED, SID_PATTERNS.account);
  const authToken = requiredField(connection, "password", "Auth Token", "the account's Auth Token (it must not be empty)");
  return {
    connectionKey: connection.key,
    accountSid,
    username: accountSid,
    password: authToken,
    authToken,
    ...readSharedSettings(connection),
  };
}

function readApiKeyConnection(connection: Connection): TwilioCredentials {
  const accountSid = requiredField(connection, "accountSid", "Account SID", ACCOUNT_SID_EXPECTED, SID_PATTERNS.account);
  const apiKey = requiredField(
    connection,
    "apiKey",
    "API Key SID",
    'an API Key SID: "SK" followed by 32 hexadecimal characters',
    SID_PATTERNS.apiKey,
  );
  const apiSecret = requiredField(
    connection,
    "apiSecret",
    "API Key Secret",
    "the secret shown once when the API key was created (it must not be empty)",
  );
  return {
    connectionKey: connection.key,
    accountSid,
    username: apiKey,
    password: apiSecret,
    authToken: field(connection, "authToken"),
    ...readSharedSettings(connection),
  };
}
