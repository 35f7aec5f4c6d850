import { ConnectionError } from "@prismatic-io/spectral";
import component from "../../src";
import { ACCOUNT_SID, API_SECRET, AUTH_TOKEN, apiKeyConnection, authTokenConnection, failureOf, harness } from "../support/harness";
import { sharedSandbox } from "../support/sandbox";

const send = (twilioConnection: unknown) =>
  harness.action("sendSMS", { twilioConnection, to: "+15558675310", from: "+15017122661", message: "Hi" });

describe("connections", () => {
  /** The sandbox Twilio the sends reach, when a connection lets them. */
  const on = sharedSandbox();
  beforeEach(() => {
    on.sandbox.requests.length = 0;
  });

  it("keeps the published keys and input keys", () => {
    const byKey = Object.fromEntries(
      component.connections.map((connection) => [connection.key, connection.inputs.map((input) => input.key)]),
    );
    expect(byKey.basic).toEqual(expect.arrayContaining(["username", "password", "region", "edge", "baseUrl"]));
    expect(byKey.apiKeySecret).toEqual(
      expect.arrayContaining(["accountSid", "apiKey", "apiSecret", "authToken", "region", "edge", "baseUrl"]),
    );
  });

  it.each([
    [
      "an Account SID that is not AC + 32 hex",
      authTokenConnection("", { username: "AC123" }),
      /Connection field "Account SID": expected an Account SID/,
    ],
    [
      "an API key SID in the Account SID field",
      authTokenConnection("", { username: `SK${"0".repeat(32)}` }),
      /Connection field "Account SID"/,
    ],
    ["an empty Auth Token", authTokenConnection("", { password: " " }), /Connection field "Auth Token": expected the account's Auth Token/],
    [
      "an API key that is not SK...",
      apiKeyConnection("", { apiKey: `AC${"0".repeat(32)}` }),
      /Connection field "API Key SID": expected an API Key SID: "SK"/,
    ],
    ["an empty API key secret", apiKeyConnection("", { apiSecret: "" }), /Connection field "API Key Secret"/],
    ["a malformed Account SID on the API Key connection", apiKeyConnection("", { accountSid: "ACxyz" }), /Connection field "Account SID"/],
    [
      "a region that is no Twilio region",
      authTokenConnection("", { region: "Ireland" }),
      /Connection field "Region": expected a Twilio region/,
    ],
    ["an edge that is no edge", authTokenConnection("", { edge: "dublin.ie" }), /Connection field "Edge"/],
    [
      "a plain-http base URL to a remote host",
      authTokenConnection("http://twilio.example.com"),
      /Connection field "Base URL": expected an https URL/,
    ],
    ["a base URL that is no URL", authTokenConnection("api.twilio.com"), /Connection field "Base URL"/],
    ["a base URL carrying credentials", authTokenConnection("https://user:pw@api.twilio.com"), /Connection field "Base URL"/],
  ])("fails fast on %s, naming the field and sending nothing", async (_name, connection, message) => {
    const error = await failureOf(send(connection));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(message);
    expect(JSON.stringify(error)).not.toContain(AUTH_TOKEN);
    expect(JSON.stringify(error)).not.toContain(API_SECRET);
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("allows plain http only to a loopback address", async () => {
    await send(authTokenConnection(on.sandbox.url));
    await send(authTokenConnection(on.sandbox.url.replace("127.0.0.1", "localhost")));
    expect(on.sandbox.requests).toHaveLength(2);
  });

  it("trims pasted whitespace around credentials", async () => {
    await send(authTokenConnection(on.sandbox.url, { username: ` ${ACCOUNT_SID} `, password: `${AUTH_TOKEN}\n` }));
    expect(on.sandbox.requests[0].headers.authorization).toBe(`Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}`);
  });

  it("fails clearly when no connection is given", async () => {
    const error = await failureOf(send(undefined));
    expect(error.message).toMatch(/Input "Connection": expected a Twilio connection/);
  });
});
