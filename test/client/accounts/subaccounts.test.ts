import {
  createSubaccount,
  fetchSubaccount,
  listSubaccounts,
  subaccountChangeForm,
  toSubaccountRecord,
  updateSubaccount,
} from "../../../src/client/accounts/subaccounts";
import { InputError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { ACCOUNT_SID, authTokenConnection, failureOf } from "../../support/harness";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

const SUB = `AC${"5a".repeat(16)}`;

describe("toSubaccountRecord", () => {
  it("keeps only the listed fields: never the Auth Token Twilio includes", () => {
    const record = toSubaccountRecord({
      sid: SUB,
      friendly_name: "Tenant",
      status: "active",
      type: "Full",
      owner_account_sid: ACCOUNT_SID,
      date_created: "Fri, 20 Nov 2026 16:00:00 +0000",
      auth_token: "secret-token",
    } as Parameters<typeof toSubaccountRecord>[0]);
    expect(record).toEqual({
      sid: SUB,
      friendlyName: "Tenant",
      status: "active",
      type: "Full",
      ownerAccountSid: ACCOUNT_SID,
      dateCreated: "2026-11-20T16:00:00.000Z",
      dateUpdated: null,
    });
  });
});

describe("subaccountChangeForm", () => {
  it("sends only what changes, under Twilio's names", () => {
    expect(subaccountChangeForm(SUB, { friendlyName: "Renamed" })).toEqual({ FriendlyName: "Renamed" });
    expect(subaccountChangeForm(SUB, { status: "suspended" })).toEqual({ Status: "suspended" });
    expect(subaccountChangeForm(SUB, { status: "closed", confirmClose: SUB, friendlyName: "Gone" })).toEqual({
      FriendlyName: "Gone",
      Status: "closed",
    });
  });

  it("refuses closing without the SID typed again, and a change of nothing", () => {
    expect(() => subaccountChangeForm(SUB, { status: "closed" })).toThrow(
      new RegExp(`Input "Confirm Closing": expected the Subaccount SID \\(${SUB}\\) typed again: closing a subaccount is permanent`),
    );
    expect(() => subaccountChangeForm(SUB, { status: "closed", confirmClose: `${SUB.slice(0, -1)}b` })).toThrow(/Confirm Closing/);
    expect(() => subaccountChangeForm(SUB, {})).toThrow(/Input "Friendly Name": expected a new name, or a Status to change to/);
  });
});

/** Subaccounts on the sandbox's 2010-04-01 API (spec-checked). */
describe("subaccounts on the sandbox", () => {
  let sandbox: TestSandbox;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ clock: { running: false }, tickMs: 0 });
  });
  afterEach(() => sandbox.close());
  const client = () => getTwilioClient(authTokenConnection(sandbox.url));

  it("creates, reads, renames and lists subaccounts, leaving the account itself out of the list", async () => {
    const created = await createSubaccount(client(), "Tenant A");
    expect(created).toMatchObject({ friendlyName: "Tenant A", status: "active", ownerAccountSid: ACCOUNT_SID });
    expect(Object.keys(created)).not.toContain("authToken");
    await createSubaccount(client(), "Tenant B");
    expect(await fetchSubaccount(client(), created.sid)).toEqual(created);

    expect(await updateSubaccount(client(), created.sid, { friendlyName: "Tenant A2" })).toMatchObject({ friendlyName: "Tenant A2" });
    const { subaccounts, hasMore } = await listSubaccounts(client(), { limit: 10 });
    expect(subaccounts.map((account) => account.friendlyName).sort()).toEqual(["Tenant A2", "Tenant B"]);
    expect(hasMore).toBe(false);
    expect((await listSubaccounts(client(), { limit: 1 })).hasMore).toBe(true);
    expect((await listSubaccounts(client(), { limit: 10, friendlyName: "Tenant B" })).subaccounts).toHaveLength(1);
  });

  it("suspends and closes only with confirmation; a closed subaccount stays closed", async () => {
    const { sid } = await createSubaccount(client(), "Tenant");
    expect(await updateSubaccount(client(), sid, { status: "suspended" })).toMatchObject({ status: "suspended" });
    expect((await listSubaccounts(client(), { limit: 10, status: "suspended" })).subaccounts.map((account) => account.sid)).toEqual([sid]);
    expect(await updateSubaccount(client(), sid, { status: "closed", confirmClose: sid })).toMatchObject({ status: "closed" });
    const reopen = await failureOf(updateSubaccount(client(), sid, { status: "active" }));
    expect(reopen.message).toContain("21479");
  });

  it("refuses, before any request, changing the connection's own account and a SID that is no account SID", async () => {
    const own = await failureOf(updateSubaccount(client(), ACCOUNT_SID, { friendlyName: "Renamed" }));
    expect(own).toBeInstanceOf(InputError);
    expect(own.message).toContain('Input "Subaccount SID": expected a subaccount of the connection\'s account, not the account itself');
    const path = await failureOf(fetchSubaccount(client(), "../Messages"));
    expect(path.message).toContain('Input "Subaccount SID"');
    expect(sandbox.requests).toEqual([]);
  });
});
