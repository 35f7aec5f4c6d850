import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { subaccountAuthToken } from "../../support/sandboxAccounts";
import { actionsPerCase } from "../support";

describe("Get Subaccount on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;

  it("reads a subaccount as the sandbox keeps it, without its Auth Token; another SID is Twilio's 20404", async () => {
    const { sid } = await run("createSubaccount", { friendlyName: "Acme Dental" });
    await run("updateSubaccount", { sid, status: "suspended" });
    const token = await subaccountAuthToken(on.sandbox, sid as string);
    const data = await run("getSubaccount", { sid });
    expect(data).toMatchObject({ sid, friendlyName: "Acme Dental", status: "suspended", ownerAccountSid: ACCOUNT_SID });
    expect(JSON.stringify(data)).not.toContain(token);
    expect(on.sandbox.inspect<{ sid: string }[]>("subaccounts", ACCOUNT_SID)?.map((one) => one.sid)).toEqual([sid]);

    const missing = await failureOf(run("getSubaccount", { sid: `AC${"f".repeat(32)}` }));
    expect(missing).toBeInstanceOf(TwilioApiError);
    expect(missing.message).toContain("20404");
  });

  it("refuses a SID that is not an Account SID before any request", async () => {
    const error = await failureOf(run("getSubaccount", { sid: "AC123/../Messages" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Subaccount SID"');
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
