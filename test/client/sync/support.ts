import { getTwilioClient } from "../../../src/client/twilioClient";
import { useInstantWaits } from "../../support/fakeClock";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

const basic = `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}`;

/** A sandbox per case for Sync tests, its requests as "METHOD path", and services made "in the Console". */
export function syncSandboxPerCase() {
  useInstantWaits();
  const on = sandboxPerCase();
  return {
    on,
    client: () => getTwilioClient(authTokenConnection(on.sandbox.url)),
    requests: () => on.sandbox.requests.map((request) => `${request.method} ${request.path}`),
    createService: async (friendlyName: string) => {
      const response = await fetch(`${on.sandbox.url}/sync/v1/Services`, {
        method: "POST",
        body: new URLSearchParams({ FriendlyName: friendlyName }),
        headers: { authorization: basic },
      });
      return ((await response.json()) as { sid: string }).sid;
    },
  };
}
