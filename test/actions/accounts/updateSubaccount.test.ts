import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { actionsPerCase } from "../support";

describe("Update Subaccount on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;

  it("closes only with the SID typed again: a mismatch is an input error and nothing is sent", async () => {
    const { sandbox } = on;
    const { sid } = await run("createSubaccount", { friendlyName: "Leaving customer" });
    const before = sandbox.requests.length;
    const error = await failureOf(run("updateSubaccount", { sid, status: "closed", confirmClose: "yes" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Confirm Closing"');
    expect(sandbox.requests).toHaveLength(before);

    expect(await run("updateSubaccount", { sid, status: "closed", confirmClose: sid })).toMatchObject({ sid, status: "closed" });
    const reopen = await failureOf(run("updateSubaccount", { sid, status: "active" }));
    expect(reopen.message).toContain("21479");
    expect(reopen.message).toContain("closing is permanent");
  });

  it("refuses a status Twilio does not have, and a change to the connection's own account", async () => {
    const { sid } = await run("createSubaccount", {});
    expect((await failureOf(run("updateSubaccount", { sid, status: "deleted" }))).message).toContain('Input "Status"');
    expect((await failureOf(run("updateSubaccount", { sid: ACCOUNT_SID, status: "suspended" }))).message).toContain(
      'Input "Subaccount SID"',
    );
  });

  it("suspends and reactivates, as the sandbox keeps it", async () => {
    const { sid } = await run("createSubaccount", { friendlyName: "Seasonal" });
    const kept = () => on.sandbox.inspect<{ sid: string; status: string }[]>("subaccounts", ACCOUNT_SID) ?? [];
    expect(await run("updateSubaccount", { sid, status: "suspended" })).toMatchObject({
      sid,
      status: "suspended",
      friendlyName: "Seasonal",
    });
    expect(kept()).toEqual([expect.objectContaining({ sid, status: "suspended" })]);
    expect(await run("updateSubaccount", { sid, status: "active" })).toMatchObject({ sid, status: "active" });
    expect(kept()).toEqual([expect.objectContaining({ sid, status: "active" })]);
  });
});
