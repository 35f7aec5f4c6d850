import { messagingServiceChoices, messagingServices } from "../../../src/client/messages/services";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

/** Messaging Services through twilio-node's resource, loaded on first use, on the sandbox's Messaging v1 (spec-checked). */
describe("Messaging Services", () => {
  const on = sandboxPerCase();
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));

  it("offers the account's services in the picker by name, sorted", async () => {
    const alerts = ((await on.sandbox.control("POST", "messaging-services", { FriendlyName: "Alerts" })) as { sid: string }).sid;
    const billing = ((await on.sandbox.control("POST", "messaging-services", { FriendlyName: "Billing" })) as { sid: string }).sid;
    expect(await messagingServiceChoices(client())).toEqual([
      { key: alerts, label: `Alerts (${alerts})` },
      { key: billing, label: `Billing (${billing})` },
    ]);
    expect(on.sandbox.requests.map((request) => request.path)).toEqual(["/messaging/v1/Services"]);
  });

  it("builds the resource once per client", async () => {
    expect(await messagingServices(client())).toBe(await messagingServices(client()));
  });
});
