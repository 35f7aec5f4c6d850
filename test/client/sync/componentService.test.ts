import { COMPONENT_SYNC_SERVICE_NAME, forgetComponentService, syncServiceSid } from "../../../src/client/sync/componentService";
import { syncServiceChoices } from "../../../src/client/sync/services";
import { installFakeClock } from "../../support/fakeClock";
import { syncSandboxPerCase } from "./support";

/** The Sync Service idempotency keys are claimed in, against the sandbox's Sync v1. */
describe("the component's Sync service", () => {
  const { on, client, requests, createService } = syncSandboxPerCase();

  it("uses a named service as is, without asking Twilio", async () => {
    expect(await syncServiceSid(client(), `IS${"1".repeat(32)}`)).toBe(`IS${"1".repeat(32)}`);
    expect(on.sandbox.requests).toEqual([]);
  });

  it("creates the component's own service once and remembers it; after forgetting, finds it again by its name", async () => {
    const sid = await syncServiceSid(client(), undefined);
    expect(await syncServiceSid(client(), undefined)).toBe(sid);
    expect(requests().filter((request) => request === "POST /sync/v1/Services")).toHaveLength(1);
    expect(on.sandbox.requests.find((request) => request.method === "POST")?.form.get("FriendlyName")).toBe(COMPONENT_SYNC_SERVICE_NAME);

    // Created moments ago, it may be a twin another execution is about to delete: listed again after the settle.
    forgetComponentService(client());
    let before = on.sandbox.requests.length;
    expect(await syncServiceSid(client(), undefined)).toBe(sid);
    expect(requests().slice(before)).toEqual(["GET /sync/v1/Services", "GET /sync/v1/Services"]);

    // A minute on, no twin can still be deleted: one list finds it.
    const restoreClock = installFakeClock();
    try {
      jest.setSystemTime(Date.now() + 62_000);
      forgetComponentService(client());
      before = on.sandbox.requests.length;
      expect(await syncServiceSid(client(), undefined)).toBe(sid);
      expect(requests().slice(before)).toEqual(["GET /sync/v1/Services"]);
    } finally {
      restoreClock();
    }
  });

  it("takes the oldest service with the component's name, and leaves other services alone", async () => {
    await createService("Someone else's");
    const oldest = await createService(COMPONENT_SYNC_SERVICE_NAME);
    await on.sandbox.clock.advance(1_000);
    await createService(COMPONENT_SYNC_SERVICE_NAME);
    expect(await syncServiceSid(client(), undefined)).toBe(oldest);
    expect(requests().filter((request) => request.startsWith("POST") || request.startsWith("DELETE"))).toHaveLength(3);
    const labels = (await syncServiceChoices(client())).map((choice) => choice.label);
    expect(labels).toHaveLength(3);
    expect(labels).toContain(`${COMPONENT_SYNC_SERVICE_NAME} (${oldest})`);
    expect(labels).toContainEqual(expect.stringContaining("Someone else's"));
  });
});
