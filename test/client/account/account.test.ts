import { checkConnection } from "../../../src/client/account/account";
import { createSubaccount, updateSubaccount } from "../../../src/client/accounts/subaccounts";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { testAccounts } from "../../support/accounts";
import { ACCOUNT_SID, API_KEY, apiKeyConnection, authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase, startTestSandbox } from "../../support/sandbox";

/** The connection check against the sandbox's accounts (2010-04-01, spec-checked). */
describe("checkConnection", () => {
  const on = sandboxPerCase();

  it("is ok for working credentials, with the account's details and never its Auth Token", async () => {
    for (const connection of [authTokenConnection(on.sandbox.url), apiKeyConnection(on.sandbox.url)]) {
      const check = await checkConnection(getTwilioClient(connection));
      expect(check).toMatchObject({ ok: true, problem: null, accountSid: ACCOUNT_SID, status: "active" });
      expect(Object.keys(check).sort()).toEqual(["accountSid", "friendlyName", "ok", "problem", "status", "type", "warning"]);
    }
  });

  it("names both the Account SID and the Auth Token when Twilio rejects them, and the region when one is set", async () => {
    const check = await checkConnection(getTwilioClient(authTokenConnection(on.sandbox.url, { password: "wrong-token" })));
    expect(check).toMatchObject({ ok: false, accountSid: ACCOUNT_SID, status: null });
    expect(check.problem).toMatch(new RegExp(`^Twilio did not accept Account SID ${ACCOUNT_SID} with this Auth Token\\.`));
    expect(check.problem).not.toContain("wrong-token");
    const regional = await checkConnection(
      getTwilioClient(authTokenConnection(on.sandbox.url, { password: "wrong-token", region: "ie1" })),
    );
    expect(regional.problem).toContain('The connection\'s Region is "ie1"');
  });

  it("names the API key when its secret is rejected", async () => {
    const check = await checkConnection(getTwilioClient(apiKeyConnection(on.sandbox.url, { apiSecret: "wrong-secret" })));
    expect(check.problem).toMatch(new RegExp(`^Twilio did not accept API Key ${API_KEY} with its secret for account ${ACCOUNT_SID}\\.`));
  });

  it("reports a suspended or closed account as a problem although the credentials work", async () => {
    const parent = getTwilioClient(authTokenConnection(on.sandbox.url));
    const { sid } = await createSubaccount(parent, "Tenant");
    const asSubaccount = () => getTwilioClient(authTokenConnection(on.sandbox.url, { subaccountSid: sid }));
    await updateSubaccount(parent, sid, { status: "suspended" });
    expect(await checkConnection(asSubaccount())).toMatchObject({
      ok: false,
      status: "suspended",
      problem: expect.stringContaining("suspended"),
    });
    await updateSubaccount(parent, sid, { status: "closed" });
    expect(await checkConnection(asSubaccount())).toMatchObject({
      ok: false,
      status: "closed",
      problem: expect.stringContaining("closed for good"),
    });
  });
});

describe("checkConnection on other answers", () => {
  it("warns about a trial account, says when the account may not be read, and lets other failures through", async () => {
    const sandbox = await startTestSandbox({
      clock: { running: false },
      tickMs: 0,
      accounts: testAccounts().map((account) => ({ ...account, trial: true })),
    });
    try {
      const client = getTwilioClient(authTokenConnection(sandbox.url));
      expect(await checkConnection(client)).toMatchObject({ ok: true, type: "Trial", warning: expect.stringContaining("trial account") });
      sandbox.faults.set([{ kind: "refused", code: 20403, times: 1 }]);
      expect((await checkConnection(client)).problem).toMatch(/^The credentials work, but they may not read account/);
      sandbox.faults.set([{ kind: "refused", code: 20001, times: 1 }]);
      expect((await failureOf(checkConnection(client))).message).toContain("20001");
      expect(sandbox.requests.map((request) => request.status)).toEqual([200, 403, 400]);
    } finally {
      await sandbox.close();
    }
  });
});
