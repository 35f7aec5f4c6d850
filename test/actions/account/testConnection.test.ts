import { DEMO_ACCOUNT } from "../../../sandbox";
import type { ConnectionCheck } from "../../../src/client/account/account";
import {
  ACCOUNT_SID,
  API_KEY,
  API_SECRET,
  AUTH_TOKEN,
  apiKeyConnection,
  authTokenConnection,
  failureOf,
  harness,
} from "../../support/harness";
import { sharedSandbox } from "../../support/sandbox";
import { actionsPerCase } from "../support";

const ACCOUNT_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}.json`;

const testConnection = async (connection: ReturnType<typeof authTokenConnection>): Promise<ConnectionCheck> => {
  const { data } = (await harness.action("testConnection", {
    twilioConnection: connection,
  })) as { data: ConnectionCheck };
  return data;
};

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const shared = sharedSandbox({ clock: { running: true } });

describe("testConnection against Twilio's official spec", () => {
  it.each([
    ["Auth Token", authTokenConnection],
    ["API Key", apiKeyConnection],
  ])("reports the %s connection's account", async (_name, connection) => {
    const result = await testConnection(connection(shared.sandbox.url));
    expect(result).toEqual(
      expect.objectContaining({
        ok: true,
        problem: null,
        accountSid: ACCOUNT_SID,
        status: "active",
        friendlyName: expect.any(String),
      }),
    );
  });
});

describe("testConnection", () => {
  const on = actionsPerCase();
  const url = () => on.sandbox.url;

  /** A subaccount of the harness's account with the given status, made as a builder would through Twilio's API: its SID. */
  const subaccountWithStatus = async (status: string) => {
    const post = async (path: string, form: Record<string, string>) => {
      const answer = await fetch(`${url()}/2010-04-01/Accounts${path}`, {
        method: "POST",
        headers: { Authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
        body: new URLSearchParams(form),
      });
      return (await answer.json()) as { sid: string };
    };
    const { sid } = await post(".json", { FriendlyName: "Customer" });
    await post(`/${sid}.json`, { Status: status });
    return sid;
  };

  it("returns the name, status and type of the account, never its Auth Token", async () => {
    const result = await testConnection(authTokenConnection(url()));

    expect(result).toEqual({
      ok: true,
      problem: null,
      warning: null,
      accountSid: ACCOUNT_SID,
      friendlyName: "Sandbox account",
      status: "active",
      type: "Full",
    });
    expect(on.sandbox.requests[0]).toEqual(expect.objectContaining({ method: "GET", path: ACCOUNT_PATH }));
    expect(JSON.stringify(result)).not.toContain(AUTH_TOKEN);
  });

  it("warns about a trial account's limits", async () => {
    const trial = { sid: `AC${"5".repeat(32)}`, authToken: "5".repeat(32), type: "Trial" };
    await on.sandbox.control("POST", "accounts", trial);

    const result = await testConnection(authTokenConnection(url(), { username: trial.sid, password: trial.authToken }));

    expect(result.ok).toBe(true);
    expect(result.warning).toMatch(/trial account: it can only text verified phone numbers/);
  });

  it.each([
    ["suspended", /account is suspended.*Billing/],
    ["closed", /account is closed/],
  ])("says a %s account cannot send", async (status, problem) => {
    const subaccountSid = await subaccountWithStatus(status);

    const result = await testConnection(authTokenConnection(url(), { subaccountSid }));

    expect(result).toEqual(
      expect.objectContaining({
        ok: false,
        status,
        problem: expect.stringMatching(problem),
      }),
    );
  });

  it("explains a rejected Auth Token or Account SID without echoing the token", async () => {
    const wrong = "0".repeat(32);
    const result = await testConnection(authTokenConnection(url(), { password: wrong }));

    expect(result.ok).toBe(false);
    expect(result.problem).toMatch(`Twilio did not accept Account SID ${ACCOUNT_SID} with this Auth Token`);
    expect(result.problem).toMatch(/current primary token/);
    expect(JSON.stringify(result)).not.toContain(AUTH_TOKEN);
    expect(JSON.stringify(result)).not.toContain(wrong);
  });

  it("explains a rejected API key, naming the key and never the secret", async () => {
    const wrong = "wrongSecret-0000000000";
    const result = await testConnection(apiKeyConnection(url(), { apiSecret: wrong, region: "ie1" }));

    expect(result.problem).toMatch(`Twilio did not accept API Key ${API_KEY}`);
    expect(result.problem).toMatch(/Region is "ie1"/);
    expect(JSON.stringify(result)).not.toContain(API_SECRET);
    expect(JSON.stringify(result)).not.toContain(wrong);
  });

  it("explains an API key that may not read the account it names", async () => {
    // The key is the harness account's; the demo account is another account in the sandbox.
    const result = await testConnection(apiKeyConnection(url(), { accountSid: DEMO_ACCOUNT.sid }));

    expect(result).toEqual(
      expect.objectContaining({
        ok: false,
        status: null,
        problem: expect.stringMatching(/must be the account the API key was created in/),
      }),
    );
  });

  it("names the malformed connection field before any request", async () => {
    const error = await failureOf(testConnection(authTokenConnection(url(), { username: "AC123" })));

    expect(error.message).toMatch(/Connection field "Account SID"/);
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("fails with Twilio's error for anything else Twilio answers", async () => {
    on.sandbox.faults.set([{ kind: "refused", code: 20001 }]);

    const error = await failureOf(testConnection(authTokenConnection(url())));

    expect(error.message).toContain("Twilio error 20001 (HTTP 400): Refused by the sandbox's fault injector");
  });
});
