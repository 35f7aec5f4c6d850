import type { SandboxOptions } from "../../sandbox";
import { InputError } from "../../src/client/transport/errors";
import { authTokenConnection, failureOf, harness } from "../support/harness";
import { sandboxPerCase, type TestSandbox } from "../support/sandbox";

type Data = Record<string, unknown>;

/**
 * A sandbox Twilio of each case's own (sandboxPerCase) and the component's actions on it through
 * the harness: `run` returns a step's data, with the Auth Token connection's extra `fields` (a
 * Subaccount SID) when given.
 */
export function actionsPerCase(options?: SandboxOptions) {
  const on = sandboxPerCase(options);
  return {
    get sandbox() {
      return on.sandbox;
    },
    run: async (key: string, inputs: Data, fields: Data = {}) =>
      ((await harness.action(key, { twilioConnection: authTokenConnection(on.sandbox.url, fields), ...inputs })) as { data: Data }).data,
  };
}

/** Runs each [action, inputs, input label] and expects an InputError naming the input, with no request sent for any of them. */
export async function expectRefusedBeforeAnyRequest(
  on: { run(key: string, inputs: Data): Promise<unknown>; readonly sandbox: TestSandbox },
  checks: [string, Data, string][],
) {
  for (const [key, inputs, input] of checks) {
    const error = await failureOf(on.run(key, inputs));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(`Input "${input}"`);
  }
  expect(on.sandbox.requests).toHaveLength(0);
}

/** A call made and recorded through the component, on the sandbox's clock: the recording's SID. */
export async function recordedCall(on: ReturnType<typeof actionsPerCase>, fields: Data = {}): Promise<string> {
  const call = await on.run("makeCall", { to: "+15558675310", from: "+15017122661", sayText: "Hello", record: true }, fields);
  await on.sandbox.clock.advance(15_000);
  const { recordings } = (await on.run("listRecordings", { callSid: call.sid }, fields)) as unknown as { recordings: { sid: string }[] };
  return recordings[0].sid;
}
