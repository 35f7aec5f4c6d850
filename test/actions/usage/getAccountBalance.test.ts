import { STARTING_BALANCE } from "../../../sandbox/products/usage";
import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { actionsPerCase } from "../support";

describe("Get Account Balance on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;

  it("reads the balance, lower after a message is sent; with a Subaccount SID, the parent's balance the subaccount draws on", async () => {
    expect(await run("getAccountBalance", {})).toMatchObject({ balance: STARTING_BALANCE, currency: "USD" });
    await run("sendSMS", { to: "+15558675310", from: "+15017122661", message: "Your order has shipped." });
    const after = (await run("getAccountBalance", {})) as { balance: number };
    expect(after.balance).toBeLessThan(STARTING_BALANCE);
    expect(on.sandbox.created).toHaveLength(1);

    const tenant = (await run("createSubaccount", { friendlyName: "Tenant" })).sid as string;
    expect(await run("getAccountBalance", {}, { subaccountSid: tenant })).toMatchObject({
      accountSid: ACCOUNT_SID,
      balance: after.balance,
    });
    expect(on.sandbox.requests.at(-1)?.path).toBe(`/2010-04-01/Accounts/${tenant}/Balance.json`);
  });

  it("refuses a Subaccount SID that is no Account SID before any request", async () => {
    const error = await failureOf(run("getAccountBalance", {}, { subaccountSid: "AC../Balance" }));
    expect(error.message).toContain('Connection field "Subaccount SID"');
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
