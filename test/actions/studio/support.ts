import type { StudioExecution, StudioExecutionDetails } from "../../../src/client/studio/executions";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, harness } from "../../support/harness";
import { sharedSandbox, type TestSandbox } from "../../support/sandbox";

export const FLOW_SID = `FW${"0123456789abcdef".repeat(2)}`;
export const EXECUTION_SID = `FN${"0123456789abcdef".repeat(2)}`;

export const start = (baseUrl: string, params: Record<string, unknown>) =>
  harness.action("triggerStudioFlow", {
    twilioConnection: authTokenConnection(baseUrl),
    flow: FLOW_SID,
    to: "+15558675310",
    from: "+15017122661",
    ...params,
  }) as Promise<{ data: StudioExecution }>;
export const details = (baseUrl: string, params: Record<string, unknown> = {}) =>
  harness.action("getStudioExecution", {
    twilioConnection: authTokenConnection(baseUrl),
    flow: FLOW_SID,
    executionSid: EXECUTION_SID,
    ...params,
  }) as Promise<{ data: StudioExecutionDetails }>;

/** A published flow created straight through the sandbox's Studio API, as a builder would make it in Console: its SID. */
export async function createFlow(twilio: TestSandbox, definition: Record<string, unknown> = {}): Promise<string> {
  const answer = await fetch(`${twilio.url}/studio/v2/Flows`, {
    method: "POST",
    headers: { Authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
    body: new URLSearchParams({ FriendlyName: "Test Flow", Status: "published", Definition: JSON.stringify(definition) }),
  });
  return ((await answer.json()) as { sid: string }).sid;
}

/** A sandbox Twilio for the calling file's cases, with one published flow in it: `twilio` and `flowSid` once the file starts. */
export function sandboxWithFlow() {
  const shared = sharedSandbox({ clock: { running: true } });
  const on = {
    get twilio() {
      return shared.sandbox;
    },
    flowSid: "",
  };
  beforeAll(async () => {
    on.flowSid = await createFlow(on.twilio);
  });
  return on;
}
