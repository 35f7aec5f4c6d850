import { type ContractServer, startContractServer } from "../../scripts/lib/contractServer";

/** globalSetup and globalTeardown run in the same process, so the handle survives on globalThis. */
export type GlobalWithContractServer = typeof globalThis & { twilioContractServer?: ContractServer };

/**
 * Starts one contract server for the whole run. Test workers are spawned after this and
 * inherit process.env, which is how tests find the URL.
 */
export default async function globalSetup(): Promise<void> {
  const server = await startContractServer();
  (globalThis as GlobalWithContractServer).twilioContractServer = server;
  process.env.TWILIO_CONTRACT_URL = server.url;
}
