import type { sandboxPerCase } from "../support";

type Data = Record<string, unknown>;

/** A call made and recorded through the component, on the sandbox's clock: the recording's SID. */
export async function recordedCall(on: ReturnType<typeof sandboxPerCase>, fields: Data = {}): Promise<string> {
  const call = await on.run("makeCall", { to: "+15558675310", from: "+15017122661", sayText: "Hello", record: true }, fields);
  await on.sandbox.clock.advance(15_000);
  const { recordings } = (await on.run("listRecordings", { callSid: call.sid }, fields)) as unknown as { recordings: { sid: string }[] };
  return recordings[0].sid;
}
