import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { actionsPerCase } from "../support";

type Listed = { subaccounts: { sid: string; friendlyName: string; status: string }[] };

describe("List Subaccounts on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;
  const list = async (inputs: Record<string, unknown>) => ((await run("listSubaccounts", inputs)) as unknown as Listed).subaccounts;

  it("lists the account's subaccounts by exact name, by status and up to a limit", async () => {
    const names = ["Acme Dental", "Bright Smiles", "Acme Dental West"];
    const sids: string[] = [];
    for (const friendlyName of names) sids.push((await run("createSubaccount", { friendlyName })).sid as string);
    await run("updateSubaccount", { sid: sids[1], status: "suspended" });
    expect(on.sandbox.inspect<unknown[]>("subaccounts", ACCOUNT_SID)).toHaveLength(3);

    expect((await list({})).map((one) => one.sid).sort()).toEqual([...sids].sort());
    expect(await list({ friendlyName: "Acme Dental" })).toEqual([expect.objectContaining({ sid: sids[0], friendlyName: "Acme Dental" })]);
    expect((await list({ status: "suspended" })).map((one) => one.sid)).toEqual([sids[1]]);
    expect(await list({ limit: "2" })).toHaveLength(2);
  });

  it("lists page by page with Continue From, and refuses a Continue From of another list before any request", async () => {
    const sids: string[] = [];
    for (const name of ["One", "Two", "Three"]) sids.push((await run("createSubaccount", { friendlyName: name })).sid as string);
    const first = await run("listSubaccounts", { limit: "2" });
    expect(first).toMatchObject({ hasMore: true, nextPageUri: expect.stringMatching(/^\/2010-04-01\/Accounts\.json\?/) });
    const rest = await run("listSubaccounts", { limit: "2", continueFrom: first.nextPageUri });
    const listed = [...(first as unknown as Listed).subaccounts, ...(rest as unknown as Listed).subaccounts].map((one) => one.sid);
    expect(listed.sort()).toEqual([...sids].sort());
    expect(rest).toMatchObject({ hasMore: false, nextPageUri: null });

    const before = on.sandbox.requests.length;
    const error = await failureOf(run("listSubaccounts", { continueFrom: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json?Page=1` }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /^Input "Continue From": expected the nextPageUri of an earlier List Subaccounts result \(starting with /,
    );
    expect(on.sandbox.requests.length).toBe(before);
  });

  it("refuses a status Twilio does not have before any request", async () => {
    const error = await failureOf(list({ status: "deleted" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Status"');
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
