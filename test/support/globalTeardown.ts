import type { GlobalWithTwilios } from "./globalSetup";

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as GlobalWithTwilios;
  await Promise.all([holder.twilioContractServer?.stop(), holder.twilioSandbox?.stop()]);
  delete holder.twilioContractServer;
  delete holder.twilioSandbox;
}
