import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, failureOf, harness } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer } from "../../support/loopback";

const SUBACCOUNT_SID = `AC${"5a".repeat(16)}`;
const SUBACCOUNT_TOKEN = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}`;

/** Hosts other than the REST API know the account by its credentials: with a Subaccount SID, requests there go as the subaccount. */
describe("a connection with a Subaccount SID, on Twilio's other hosts", () => {
  let server: LoopbackServer;
  let giveToken = true;
  beforeEach(async () => {
    giveToken = true;
    server = await startLoopbackServer((request) => {
      if (request.path === `/2010-04-01/Accounts/${SUBACCOUNT_SID}.json`) {
        return {
          status: 200,
          json: { sid: SUBACCOUNT_SID, owner_account_sid: ACCOUNT_SID, ...(giveToken ? { auth_token: SUBACCOUNT_TOKEN } : {}) },
        };
      }
      if (request.path === "/monitor/v1/Alerts") return { status: 200, json: { alerts: [], meta: { next_page_url: null } } };
      return { status: 404, json: { code: 20404, message: "not found", status: 404 } };
    });
  });
  afterEach(() => server.close());
  const listAlerts = () =>
    harness.action("listAlerts", { twilioConnection: authTokenConnection(server.url, { subaccountSid: SUBACCOUNT_SID }) }) as Promise<{
      data: unknown;
    }>;

  it("reads the subaccount's Auth Token once through the parent, then authenticates as the subaccount", async () => {
    await listAlerts();
    await listAlerts();
    const [read, ...alerts] = server.requests;
    expect(read.headers.authorization).toBe(basic(ACCOUNT_SID, AUTH_TOKEN));
    expect(alerts.map((request) => [request.path, request.headers.authorization])).toEqual([
      ["/monitor/v1/Alerts", basic(SUBACCOUNT_SID, SUBACCOUNT_TOKEN)],
      ["/monitor/v1/Alerts", basic(SUBACCOUNT_SID, SUBACCOUNT_TOKEN)],
    ]);
  });

  it("says which credentials can act on a subaccount when Twilio does not give its Auth Token, and tries again next time", async () => {
    giveToken = false;
    const error = await failureOf(listAlerts());
    expect(error.message).toContain(`Auth Token of subaccount ${SUBACCOUNT_SID}`);
    expect(error.message).toContain("Main API key");
    expect(server.requests.map((request) => request.path)).toEqual([`/2010-04-01/Accounts/${SUBACCOUNT_SID}.json`]);
    giveToken = true;
    await listAlerts();
    expect(server.requests.at(-1)?.headers.authorization).toBe(basic(SUBACCOUNT_SID, SUBACCOUNT_TOKEN));
  });
});
