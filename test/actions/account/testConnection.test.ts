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
import { type LoopbackServer, startLoopbackServer, twilioErrorBody } from "../../support/loopback";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

const ACCOUNT_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}.json`;

const testConnection = async (connection: ReturnType<typeof authTokenConnection>): Promise<ConnectionCheck> => {
  const { data } = (await harness.action("testConnection", {
    twilioConnection: connection,
  })) as { data: ConnectionCheck };
  return data;
};

const account = (fields: Record<string, unknown>) => ({
  sid: ACCOUNT_SID,
  friendly_name: "Acme Notifications",
  status: "active",
  type: "Full",
  auth_token: AUTH_TOKEN,
  ...fields,
});

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
let twilio: TestSandbox;
beforeAll(async () => {
  twilio = await startTestSandbox();
});
afterAll(() => twilio.close());

describe("testConnection against Twilio's official spec", () => {
  it.each([
    ["Auth Token", authTokenConnection],
    ["API Key", apiKeyConnection],
  ])("reports the %s connection's account", async (_name, connection) => {
    const result = await testConnection(connection(twilio.url));
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
  let server: LoopbackServer;
  afterEach(() => server?.close());

  it("returns the name, status and type of the account, never its Auth Token", async () => {
    server = await startLoopbackServer(() => ({
      status: 200,
      json: account({}),
    }));

    const result = await testConnection(authTokenConnection(server.url));

    expect(result).toEqual({
      ok: true,
      problem: null,
      warning: null,
      accountSid: ACCOUNT_SID,
      friendlyName: "Acme Notifications",
      status: "active",
      type: "Full",
    });
    expect(server.requests[0]).toEqual(expect.objectContaining({ method: "GET", path: ACCOUNT_PATH }));
    expect(JSON.stringify(result)).not.toContain(AUTH_TOKEN);
  });

  it("warns about a trial account's limits", async () => {
    server = await startLoopbackServer(() => ({
      status: 200,
      json: account({ type: "Trial" }),
    }));

    const result = await testConnection(authTokenConnection(server.url));

    expect(result.ok).toBe(true);
    expect(result.warning).toMatch(/trial account: it can only text verified phone numbers/);
  });

  it.each([
    ["suspended", /account is suspended.*Billing/],
    ["closed", /account is closed/],
  ])("says a %s account cannot send", async (status, problem) => {
    server = await startLoopbackServer(() => ({
      status: 200,
      json: account({ status }),
    }));

    const result = await testConnection(authTokenConnection(server.url));

    expect(result).toEqual(
      expect.objectContaining({
        ok: false,
        status,
        problem: expect.stringMatching(problem),
      }),
    );
  });

  it("explains a rejected Auth Token or Account SID without echoing the token", async () => {
    server = await startLoopbackServer(() => ({
      status: 401,
      json: twilioErrorBody(20003, "Authenticate", 401),
    }));

    const result = await testConnection(authTokenConnection(server.url));

    expect(result.ok).toBe(false);
    expect(result.problem).toMatch(`Twilio did not accept Account SID ${ACCOUNT_SID} with this Auth Token`);
    expect(result.problem).toMatch(/current primary token/);
    expect(JSON.stringify(result)).not.toContain(AUTH_TOKEN);
  });

  it("explains a rejected API key, naming the key and never the secret", async () => {
    server = await startLoopbackServer(() => ({
      status: 401,
      json: twilioErrorBody(20003, "Authenticate", 401),
    }));

    const result = await testConnection(apiKeyConnection(server.url, { region: "ie1" }));

    expect(result.problem).toMatch(`Twilio did not accept API Key ${API_KEY}`);
    expect(result.problem).toMatch(/Region is "ie1"/);
    expect(JSON.stringify(result)).not.toContain(API_SECRET);
  });

  it("explains an API key that may not read the account it names", async () => {
    server = await startLoopbackServer(() => ({
      status: 404,
      json: twilioErrorBody(20404, "The requested resource was not found", 404),
    }));

    const result = await testConnection(apiKeyConnection(server.url));

    expect(result).toEqual(
      expect.objectContaining({
        ok: false,
        status: null,
        problem: expect.stringMatching(/must be the account the API key was created in/),
      }),
    );
  });

  it("names the malformed connection field before any request", async () => {
    server = await startLoopbackServer(() => ({ status: 500 }));

    const error = await failureOf(testConnection(authTokenConnection(server.url, { username: "AC123" })));

    expect(error.message).toMatch(/Connection field "Account SID"/);
    expect(server.requests).toHaveLength(0);
  });

  it("fails with Twilio's error for anything else Twilio answers", async () => {
    server = await startLoopbackServer(() => ({
      status: 400,
      json: twilioErrorBody(20001, "Bad request", 400),
    }));

    const error = await failureOf(testConnection(authTokenConnection(server.url)));

    expect(error.message).toContain("Twilio error 20001 (HTTP 400): Bad request");
  });
});
