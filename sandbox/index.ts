import { type Sandbox, type SandboxOptions, startSandboxServer } from "./core/server";
import type { Account } from "./core/types";
import { PRODUCTS } from "./products";

export { twilioSignature } from "./core/callbacks";
export type { FaultKind, FaultRule } from "./core/faults";
export type { Sandbox, SandboxOptions } from "./core/server";
export { loopbackCertificate } from "./core/tls";
export type { Account, RecordedRequest } from "./core/types";

/** The account `npm start`, `npm run sandbox` and `npm run invoke` use when no credentials are given. */
export const DEMO_ACCOUNT: Account = {
  sid: `AC${"a".repeat(32)}`,
  authToken: "0d3e1a2b3c4d5e6f7a8b9c0d1e2f3a4b",
  apiKeys: { [`SK${"b".repeat(32)}`]: "demoApiKeySecret-0123456789abcdef" },
};

/** Starts a stateful sandbox Twilio on 127.0.0.1 serving every product in PRODUCTS. */
export function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandboxServer(PRODUCTS, { accounts: [DEMO_ACCOUNT], ...options });
}
