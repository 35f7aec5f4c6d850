import { syncServiceSid } from "../../../src/client/sync/componentService";
import {
  createItemIfAbsent,
  deleteItemAt,
  fetchItem,
  SyncAccessError,
  SyncServiceMissingError,
  updateItemAt,
} from "../../../src/client/sync/maps";
import { TwilioApiError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";
import { syncSandboxPerCase } from "./support";

/** Sync Maps as a key-value store, against the sandbox's Sync v1 (spec-checked: create-if-absent, If-Match, TTLs). */
describe("Sync maps", () => {
  const { on, client, requests, createService } = syncSandboxPerCase();

  it("creates an item once per key, creating the Map on first use; a second create finds the key taken", async () => {
    const map = { serviceSid: await createService("Claims"), mapName: "claims" };
    const created = await createItemIfAbsent(client(), map, "order-1", { s: null }, 600);
    expect(created).toMatchObject({ key: "order-1", data: { s: null } });
    expect(created?.revision).toEqual(expect.any(String));
    expect(requests().filter((request) => request.includes("/Maps"))).toEqual([
      `POST /sync/v1/Services/${map.serviceSid}/Maps/claims/Items`,
      `POST /sync/v1/Services/${map.serviceSid}/Maps`,
      `POST /sync/v1/Services/${map.serviceSid}/Maps/claims/Items`,
    ]);
    expect(await createItemIfAbsent(client(), map, "order-1", { s: "other" }, 600)).toBeUndefined();
    expect(await fetchItem(client(), map, "order-1")).toMatchObject({ data: { s: null }, revision: created?.revision });
    expect(await fetchItem(client(), map, "order-2")).toBeUndefined();
  });

  it("updates and deletes only at the revision read: a stale revision changes nothing", async () => {
    const map = { serviceSid: await createService("Claims"), mapName: "claims" };
    const created = await createItemIfAbsent(client(), map, "order-1", { s: null }, 600);
    const revision = created?.revision ?? "";
    const updated = await updateItemAt(client(), map, "order-1", revision, { s: "SM1" });
    expect(updated).toMatchObject({ data: { s: "SM1" } });
    expect(updated?.revision).not.toBe(revision);
    expect(await updateItemAt(client(), map, "order-1", revision, { s: "SM2" })).toBeUndefined();
    expect(await updateItemAt(client(), map, "gone", revision, { s: "SM2" })).toBeUndefined();

    await deleteItemAt(client(), map, "order-1", revision);
    expect(await fetchItem(client(), map, "order-1")).toMatchObject({ data: { s: "SM1" } });
    await deleteItemAt(client(), map, "order-1", updated?.revision ?? "");
    expect(await fetchItem(client(), map, "order-1")).toBeUndefined();
  });

  it("an item is gone once its TTL has passed, and its key can be created again", async () => {
    const map = { serviceSid: await createService("Claims"), mapName: "claims" };
    await createItemIfAbsent(client(), map, "order-1", { s: null }, 60);
    await on.sandbox.clock.advance(61_000);
    expect(await fetchItem(client(), map, "order-1")).toBeUndefined();
    expect(await createItemIfAbsent(client(), map, "order-1", { s: "again" }, 60)).toMatchObject({ data: { s: "again" } });
  });

  it("says a named service does not exist in the account, and that nothing was sent", async () => {
    const error = await failureOf(createItemIfAbsent(client(), { serviceSid: `IS${"0".repeat(32)}`, mapName: "claims" }, "k", {}, 60));
    expect(error).toBeInstanceOf(SyncServiceMissingError);
    expect(error.message).toBe(`The Sync Service IS${"0".repeat(32)} does not exist in this connection's account. Nothing was sent.`);
  });
});

describe("Sync refused to the connection", () => {
  const on = sandboxPerCase();
  beforeEach(async () => {
    // What Twilio answers a connection that may not use Sync (a restricted API key): 403, 20403.
    on.sandbox.faults.set([{ kind: "refused", path: "^/sync/", code: 20403 }]);
  });

  it("says the connection may not use Sync and what to choose instead, keeping Twilio's code", async () => {
    const client = getTwilioClient(authTokenConnection(on.sandbox.url));
    const error = await failureOf(syncServiceSid(client, undefined));
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toContain(
      "This connection may not use Twilio Sync, where idempotency keys are claimed (Twilio error 20403, HTTP 403)",
    );
    expect(error).toBeInstanceOf(SyncAccessError);
    expect((error as TwilioApiError).details).toMatchObject({ code: 20403, status: 403 });
    // A refused lookup is not remembered: the next use asks again.
    await failureOf(syncServiceSid(client, undefined));
    expect(on.sandbox.requests).toHaveLength(2);
  });
});
