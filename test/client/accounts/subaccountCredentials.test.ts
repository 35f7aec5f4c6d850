import { createSubaccount } from "../../../src/client/accounts/subaccounts";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, failureOf, harness } from "../../support/harness";
import { startLoopbackServer } from "../../support/loopback";
import { sandboxPerCase } from "../../support/sandbox";
import { subaccountAuthToken } from "../../support/sandboxAccounts";

const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}`;
const listAlertsAs = (baseUrl: string, subaccountSid: string) =>
  harness.action("listAlerts", { twilioConnection: authTokenConnection(baseUrl, { subaccountSid }) }) as Promise<{ data: unknown }>;

/** Hosts other than the REST API know the account by its credentials: with a Subaccount SID, requests there go as the subaccount. */
describe("a connection with a Subaccount SID, on Twilio's other hosts", () => {
  const on = sandboxPerCase();

  it("reads the subaccount's Auth Token once through the parent, then authenticates as the subaccount", async () => {
    const { sid } = await createSubaccount(getTwilioClient(authTokenConnection(on.sandbox.url)), "Tenant");
    const token = await subaccountAuthToken(on.sandbox, sid);
    on.sandbox.requests.length = 0;

    await listAlertsAs(on.sandbox.url, sid);
    await listAlertsAs(on.sandbox.url, sid);

    const [read, ...alerts] = on.sandbox.requests;
    expect(read.path).toBe(`/2010-04-01/Accounts/${sid}.json`);
    expect(read.headers.authorization).toBe(basic(ACCOUNT_SID, AUTH_TOKEN));
    expect(alerts.map((request) => [request.path, request.headers.authorization, request.status])).toEqual([
      ["/monitor/v1/Alerts", basic(sid, token), 200],
      ["/monitor/v1/Alerts", basic(sid, token), 200],
    ]);
  });
});

describe("a connection with a Subaccount SID, when Twilio withholds the subaccount's Auth Token", () => {
  it("says which credentials can act on a subaccount when Twilio does not give its Auth Token, and tries again next time", async () => {
    const SUBACCOUNT_SID = `AC${"5a".repeat(16)}`;
    const SUBACCOUNT_TOKEN = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    let giveToken = false;
    // Loopback, not the sandbox: the sandbox always gives a subaccount's Auth Token to its parent; this scripts Twilio's answer without it.
    const server = await startLoopbackServer((request) => {
      if (request.path === `/2010-04-01/Accounts/${SUBACCOUNT_SID}.json`) {
        return {
          status: 200,
          json: { sid: SUBACCOUNT_SID, owner_account_sid: ACCOUNT_SID, ...(giveToken ? { auth_token: SUBACCOUNT_TOKEN } : {}) },
        };
      }
      if (request.path === "/monitor/v1/Alerts") return { status: 200, json: { alerts: [], meta: { next_page_url: null } } };
      return { status: 404, json: { code: 20404, message: "not found", status: 404 } };
    });
    try {
      const error = await failureOf(listAlertsAs(server.url, SUBACCOUNT_SID));
      expect(error.message).toContain(`Auth Token of subaccount ${SUBACCOUNT_SID}`);
      expect(error.message).toContain("Main API key");
      expect(server.requests.map((request) => request.path)).toEqual([`/2010-04-01/Accounts/${SUBACCOUNT_SID}.json`]);
      giveToken = true;
      await listAlertsAs(server.url, SUBACCOUNT_SID);
      expect(server.requests.at(-1)?.headers.authorization).toBe(basic(SUBACCOUNT_SID, SUBACCOUNT_TOKEN));
    } finally {
      await server.close();
    }
  });
});
