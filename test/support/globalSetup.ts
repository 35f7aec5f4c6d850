import { ensureBundleBuilt } from "../../scripts/lib/bundle";
import { type ContractServer, startContractServer } from "../../scripts/lib/contractServer";

/** globalSetup and globalTeardown run in the same process, so the handle survives on globalThis. */
export type GlobalWithContractServer = typeof globalThis & { twilioContractServer?: ContractServer };

/**
 * Starts one contract server for the whole run. Test workers are spawned after this and
 * inherit process.env, which is how tests find the URL. The tests of the built bundle and of
 * the scripts need dist/ up to date: it is built here, once, so no two workers build at once.
 */
export default async function globalSetup(): Promise<void> {
  ensureBundleBuilt((line) => process.stderr.write(`${line}\n`));
  const server = await startContractServer();
  (globalThis as GlobalWithContractServer).twilioContractServer = server;
  process.env.TWILIO_CONTRACT_URL = server.url;
}
