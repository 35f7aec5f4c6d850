import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { subaccountAuthToken } from "../../support/sandboxAccounts";
import { actionsPerCase } from "../support";

type Data = Record<string, unknown>;

describe("Create Subaccount on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;

  it("creates, lists, fetches and renames a subaccount, and never returns its Auth Token", async () => {
    const { sandbox } = on;
    const created = await run("createSubaccount", { friendlyName: "Acme Dental" });
    expect(created).toMatchObject({ friendlyName: "Acme Dental", status: "active", ownerAccountSid: ACCOUNT_SID });
    const sid = created.sid as string;
    const token = await subaccountAuthToken(sandbox, sid);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    const other = await run("createSubaccount", { friendlyName: "Bright Smiles" });
    await run("updateSubaccount", { sid: other.sid, status: "suspended" });

    const outputs = [
      created,
      await run("getSubaccount", { sid }),
      await run("listSubaccounts", {}),
      await run("listSubaccounts", { status: "suspended" }),
      await run("updateSubaccount", { sid, friendlyName: "Acme Dental (1234)" }),
    ];
    expect((outputs[2].subaccounts as Data[]).map((one) => one.sid).sort()).toEqual([sid, other.sid].sort());
    expect((outputs[3].subaccounts as Data[]).map((one) => one.sid)).toEqual([other.sid]);
    expect(outputs[4]).toMatchObject({ sid, friendlyName: "Acme Dental (1234)", status: "active" });
    for (const output of outputs) {
      expect(JSON.stringify(output)).not.toContain(token);
      expect(JSON.stringify(output)).not.toMatch(/auth_?token/i);
    }
  });

  it("refuses a name over 64 characters before any request, creating nothing", async () => {
    const error = await failureOf(run("createSubaccount", { friendlyName: "x".repeat(65) }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Friendly Name"');
    expect(on.sandbox.requests).toHaveLength(0);
    expect(on.sandbox.inspect<unknown[]>("subaccounts", ACCOUNT_SID) ?? []).toHaveLength(0);
  });
});
