import { messagingServiceChoices, messagingServices } from "../../../src/client/messages/services";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection } from "../../support/harness";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

/** Messaging Services through twilio-node's resource, loaded on first use, on the sandbox's Messaging v1 (spec-checked). */
describe("Messaging Services", () => {
  let sandbox: TestSandbox;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ clock: { running: false }, tickMs: 0 });
  });
  afterEach(() => sandbox.close());
  const client = () => getTwilioClient(authTokenConnection(sandbox.url));

  it("offers the account's services in the picker by name, sorted", async () => {
    const alerts = ((await sandbox.control("POST", "messaging-services", { FriendlyName: "Alerts" })) as { sid: string }).sid;
    const billing = ((await sandbox.control("POST", "messaging-services", { FriendlyName: "Billing" })) as { sid: string }).sid;
    expect(await messagingServiceChoices(client())).toEqual([
      { key: alerts, label: `Alerts (${alerts})` },
      { key: billing, label: `Billing (${billing})` },
    ]);
    expect(sandbox.requests.map((request) => request.path)).toEqual(["/messaging/v1/Services"]);
  });

  it("builds the resource once per client", async () => {
    expect(await messagingServices(client())).toBe(await messagingServices(client()));
  });
});
