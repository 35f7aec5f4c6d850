import type { GlobalWithContractServer } from "./globalSetup";

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as GlobalWithContractServer;
  await holder.twilioContractServer?.stop();
  delete holder.twilioContractServer;
}
