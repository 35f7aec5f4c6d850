import { createSubaccount, fetchSubaccount, listSubaccounts, updateSubaccount } from "../../../src/client/accounts/subaccounts";
import { InputError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { ACCOUNT_SID, authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

/** Subaccounts on the sandbox's 2010-04-01 API (spec-checked). */
describe("subaccounts on the sandbox", () => {
  const on = sandboxPerCase();
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));

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

  it("suspends and closes (the inputs had closing confirmed); a closed subaccount stays closed", async () => {
    const { sid } = await createSubaccount(client(), "Tenant");
    expect(await updateSubaccount(client(), sid, { status: "suspended" })).toMatchObject({ status: "suspended" });
    expect((await listSubaccounts(client(), { limit: 10, status: "suspended" })).subaccounts.map((account) => account.sid)).toEqual([sid]);
    expect(await updateSubaccount(client(), sid, { status: "closed" })).toMatchObject({ status: "closed" });
    const reopen = await failureOf(updateSubaccount(client(), sid, { status: "active" }));
    expect(reopen.message).toContain("21479");
  });

  it("refuses, before any request, changing the connection's own account and a SID that is no account SID", async () => {
    const own = await failureOf(updateSubaccount(client(), ACCOUNT_SID, { friendlyName: "Renamed" }));
    expect(own).toBeInstanceOf(InputError);
    expect(own.message).toContain('Input "AccountSid": expected a subaccount of the owner account, not the owner account itself');
    const path = await failureOf(fetchSubaccount(client(), "../Messages"));
    expect(path.message).toContain('Input "AccountSid"');
    expect(on.sandbox.requests).toEqual([]);
  });
});
