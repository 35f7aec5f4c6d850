import type { ConnectionValue } from "@prismatic-io/spectral/dist/serverTypes";
import { DEMO_ACCOUNT, type Sandbox, startSandbox } from "../../sandbox";

/** The sandbox's demo account: what the embedded server accepts and signs its webhooks with. */
export const DEMO_ACCOUNT_SID = DEMO_ACCOUNT.sid;
export const DEMO_AUTH_TOKEN = DEMO_ACCOUNT.authToken;

/** Where the runner sends requests: real Twilio with the developer's credentials, or the embedded contract server. */
export interface TwilioTarget {
  description: string;
  connection: ConnectionValue;
  /** Values that must never be printed. */
  secrets: string[];
  embedded: boolean;
  stop(): Promise<void>;
}

/** Builds the connection from TWILIO_* environment variables; undefined when they name no credentials. */
export function realTwilioFromEnvironment(env: NodeJS.ProcessEnv): TwilioTarget | undefined {
  const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_API_KEY: apiKey, TWILIO_API_SECRET: apiSecret } = env;
  const routing = { region: env.TWILIO_REGION ?? "", edge: env.TWILIO_EDGE ?? "" };
  const stop = async () => undefined;
  if (accountSid && apiKey && apiSecret) {
    return {
      description: `real Twilio: account ${abbreviateSid(accountSid)}, API key ${abbreviateSid(apiKey)}${authToken ? " (Auth Token set for webhook signatures)" : ""}`,
      connection: {
        key: "apiKeySecret",
        configVarKey: "twilioConnection",
        fields: { accountSid, apiKey, apiSecret, authToken: authToken ?? "", ...routing },
      },
      secrets: [apiSecret, authToken].filter((secret): secret is string => Boolean(secret)),
      embedded: false,
      stop,
    };
  }
  if (accountSid && authToken) {
    return {
      description: `real Twilio: account ${abbreviateSid(accountSid)} with its Auth Token`,
      connection: { key: "basic", configVarKey: "twilioConnection", fields: { username: accountSid, password: authToken, ...routing } },
      secrets: [authToken],
      embedded: false,
      stop,
    };
  }
  return undefined;
}

export interface EmbeddedTwilioTarget extends TwilioTarget {
  /** The sandbox when this process started it (undefined when it uses a running `npm run sandbox`). */
  sandbox?: Sandbox;
  url: string;
}

/**
 * Connects to the sandbox Twilio with the demo credentials: the one `npm run sandbox` keeps
 * running when TWILIO_SANDBOX_URL points at it (so separate runs share its state), otherwise
 * one started in this process on 127.0.0.1 and stopped at the end.
 */
export async function startEmbeddedTwilio(env: NodeJS.ProcessEnv = process.env): Promise<EmbeddedTwilioTarget> {
  const running = env.TWILIO_SANDBOX_URL?.replace(/\/$/, "");
  const sandbox = running ? undefined : await startSandbox();
  const url = running ?? (sandbox as Sandbox).url;
  return {
    description: `the embedded Twilio-compatible server at ${url} (the sandbox Twilio${running ? " of npm run sandbox" : ""}: it keeps what it is sent and checks every request and answer against Twilio's official API specs)`,
    connection: {
      key: "basic",
      configVarKey: "twilioConnection",
      fields: { username: DEMO_ACCOUNT_SID, password: DEMO_AUTH_TOKEN, baseUrl: url },
    },
    secrets: [DEMO_AUTH_TOKEN],
    embedded: true,
    sandbox,
    url,
    stop: async () => sandbox?.stop(),
  };
}

/** "AC12…cdef": enough to tell accounts apart without printing the whole identifier. */
export function abbreviateSid(sid: string): string {
  return sid.length > 10 ? `${sid.slice(0, 4)}…${sid.slice(-4)}` : sid;
}
