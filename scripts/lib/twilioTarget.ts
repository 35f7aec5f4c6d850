import type { ConnectionValue } from "@prismatic-io/spectral/dist/serverTypes";
import { startContractServer } from "./contractServer";

/**
 * Demo credentials for the embedded server, which checks their shape but not their values. The
 * Account SID is the one in the spec's examples, so what the server answers matches what was sent.
 */
export const DEMO_ACCOUNT_SID = `AC${"a".repeat(32)}`;
export const DEMO_AUTH_TOKEN = "0d3e1a2b3c4d5e6f7a8b9c0d1e2f3a4b";

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

/** Starts Prism serving Twilio's official API spec on 127.0.0.1 and connects to it with the demo credentials. */
export async function startEmbeddedTwilio(): Promise<TwilioTarget> {
  const server = await startContractServer();
  return {
    description: `the embedded Twilio-compatible server at ${server.url} (Prism serving Twilio's official API v2010 spec; answers are the spec's examples)`,
    connection: {
      key: "basic",
      configVarKey: "twilioConnection",
      fields: { username: DEMO_ACCOUNT_SID, password: DEMO_AUTH_TOKEN, baseUrl: server.url },
    },
    secrets: [DEMO_AUTH_TOKEN],
    embedded: true,
    stop: () => server.stop(),
  };
}

/** "AC12…cdef": enough to tell accounts apart without printing the whole identifier. */
export function abbreviateSid(sid: string): string {
  return sid.length > 10 ? `${sid.slice(0, 4)}…${sid.slice(-4)}` : sid;
}
