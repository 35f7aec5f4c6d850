import { listSyncServices, syncServiceChoices } from "../../../src/client/sync/services";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

/** Sync Services on the sandbox's Sync v1 (spec-checked). */
describe("Sync Services", () => {
  const on = sandboxPerCase();
  const create = async (friendlyName?: string) => {
    const response = await fetch(`${on.sandbox.url}/sync/v1/Services`, {
      method: "POST",
      body: new URLSearchParams(friendlyName ? { FriendlyName: friendlyName } : {}),
      headers: { authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
    });
    return ((await response.json()) as { sid: string }).sid;
  };

  it("lists the account's services in one request and offers them by name, a nameless one by its SID", async () => {
    const claims = await create("Claims");
    const nameless = await create();
    const client = getTwilioClient(authTokenConnection(on.sandbox.url));
    expect((await listSyncServices(client)).map((service) => service.sid).sort()).toEqual([claims, nameless].sort());
    expect(on.sandbox.requests.at(-1)?.query.get("PageSize")).toBe("100");
    const choices = await syncServiceChoices(client);
    expect(choices).toContainEqual({ key: claims, label: `Claims (${claims})` });
    expect(choices).toContainEqual({ key: nameless, label: expect.stringContaining(nameless) });
  });
});
