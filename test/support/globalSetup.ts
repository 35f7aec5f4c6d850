import { type Sandbox, startSandbox } from "../../sandbox";
import type { ContractServer } from "../../scripts/lib/contractServer";
import { testAccounts } from "./accounts";
import { startLazyContractServer } from "./lazyContractServer";

/** globalSetup and globalTeardown run in the same process, so the handles survive on globalThis. */
export type GlobalWithTwilios = typeof globalThis & { twilioContractServer?: ContractServer; twilioSandbox?: Sandbox };

/**
 * Starts, once for the whole run: the sandbox Twilio (in this process; it keeps state and checks
 * each request and answer against Twilio's official specs) and the address of Prism on the same
 * specs, kept only for the tests about the contract itself (any path the spec defines answers with
 * its examples): Prism starts on the first request to it, so a run without such tests never starts it.
 * Test workers are spawned after this and inherit process.env, which is how tests find the URLs.
 * (The process-level tests build dist/ in bundleSetup.ts.)
 */
export default async function globalSetup(): Promise<void> {
  const holder = globalThis as GlobalWithTwilios;
  const [server, sandbox] = await Promise.all([startLazyContractServer(), startSandbox({ accounts: testAccounts() })]);
  holder.twilioContractServer = server;
  holder.twilioSandbox = sandbox;
  process.env.TWILIO_CONTRACT_URL = server.url;
  process.env.TWILIO_SANDBOX_URL = sandbox.url;
}
