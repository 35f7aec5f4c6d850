import { type Connection, ConnectionError } from "@prismatic-io/spectral";
import { basicAuthorization, readCredentials } from "../../../src/client/transport/credentials";
import { InputError } from "../../../src/client/transport/errors";
import { redactSecrets } from "../../../src/client/transport/secrets";
import { ACCOUNT_SID, API_KEY, API_SECRET, AUTH_TOKEN, apiKeyConnection, authTokenConnection } from "../../support/harness";

const SUBACCOUNT_SID = `AC${"5a".repeat(16)}`;

/** What the connection's fields become, and how a wrong field is reported: by its label, never with its value. */
describe("readCredentials", () => {
  it("reads an Auth Token connection, trimming its fields", () => {
    expect(readCredentials(authTokenConnection("", { username: ` ${ACCOUNT_SID} `, password: ` ${AUTH_TOKEN}\n` }))).toEqual({
      connectionKey: "basic",
      accountSid: ACCOUNT_SID,
      username: ACCOUNT_SID,
      password: AUTH_TOKEN,
      authToken: AUTH_TOKEN,
      region: undefined,
      edge: undefined,
      baseUrl: undefined,
    });
  });

  it("reads an API Key connection, whose Auth Token is optional", () => {
    expect(readCredentials(apiKeyConnection("http://127.0.0.1:4010/"))).toMatchObject({
      connectionKey: "apiKeySecret",
      accountSid: ACCOUNT_SID,
      username: API_KEY,
      password: API_SECRET,
      authToken: undefined,
      baseUrl: "http://127.0.0.1:4010",
    });
    expect(readCredentials(apiKeyConnection("", { authToken: AUTH_TOKEN })).authToken).toBe(AUTH_TOKEN);
  });

  it("acts on a subaccount with the parent's credentials, and ignores a Subaccount SID equal to the account's own", () => {
    expect(readCredentials(authTokenConnection("", { subaccountSid: SUBACCOUNT_SID }))).toMatchObject({
      accountSid: SUBACCOUNT_SID,
      parentAccountSid: ACCOUNT_SID,
      username: ACCOUNT_SID,
    });
    const own = readCredentials(authTokenConnection("", { subaccountSid: ACCOUNT_SID }));
    expect(own.accountSid).toBe(ACCOUNT_SID);
    expect(own.parentAccountSid).toBeUndefined();
  });

  it("keeps region, edge and a Base URL's path prefix", () => {
    expect(readCredentials(authTokenConnection("https://twilio.example.com/proxy/", { region: "ie1", edge: "dublin" }))).toMatchObject({
      region: "ie1",
      edge: "dublin",
      baseUrl: "https://twilio.example.com/proxy",
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["basic", { username: "AC123" }, 'Connection field "Account SID": expected an Account SID'],
    ["basic", { password: "  " }, 'Connection field "Auth Token": expected the account\'s Auth Token (it must not be empty)'],
    ["apiKeySecret", { apiKey: "AK123" }, 'Connection field "API Key SID": expected an API Key SID'],
    ["apiKeySecret", { apiSecret: "" }, 'Connection field "API Key Secret": expected the secret shown once'],
    ["basic", { subaccountSid: "tenant-1" }, 'Connection field "Subaccount SID": expected the SID of a subaccount'],
    ["basic", { region: "Ireland" }, 'Connection field "Region": expected a Twilio region such as us1, ie1 or au1'],
    ["basic", { edge: "Dublin 2" }, 'Connection field "Edge": expected a Twilio edge location'],
    ["basic", { baseUrl: "http://twilio.example.com" }, 'Connection field "Base URL": expected an https URL'],
    ["basic", { baseUrl: "https://user:pass@twilio.example.com" }, 'Connection field "Base URL"'],
    ["basic", { baseUrl: "https://twilio.example.com/?a=1" }, 'Connection field "Base URL"'],
    ["basic", { baseUrl: "not a url" }, 'Connection field "Base URL"'],
  ])("%s connection with %j: %s", (key, fields, message) => {
    const connection: Connection = key === "basic" ? authTokenConnection("", fields) : apiKeyConnection("", fields);
    let thrown: unknown;
    try {
      readCredentials(connection);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConnectionError);
    expect((thrown as Error).message).toContain(message);
    for (const value of Object.values(fields)) if (String(value).trim()) expect(JSON.stringify(thrown)).not.toContain(String(value));
  });

  it("allows plain http to loopback addresses only", () => {
    for (const baseUrl of ["http://localhost:4010", "http://127.0.0.1:4010", "http://[::1]:4010"])
      expect(readCredentials(authTokenConnection(baseUrl)).baseUrl).toBe(baseUrl);
    expect(() => readCredentials(authTokenConnection("http://127.0.0.1.example.com"))).toThrow(/Base URL/);
  });

  it("asks for a connection when there is none", () => {
    expect(() => readCredentials(undefined)).toThrow(InputError);
    expect(() => readCredentials(undefined)).toThrow(/Input "Connection": expected a Twilio connection/);
  });

  it("remembers the secrets it read, and their Basic form, so they are scrubbed from any text", () => {
    const password = "a-secret-only-this-test-uses-1234";
    const credentials = readCredentials(authTokenConnection("", { password }));
    const basic = basicAuthorization(credentials);
    expect(basic).toBe(Buffer.from(`${ACCOUNT_SID}:${password}`).toString("base64"));
    expect(redactSecrets(`token ${password}, header Basic ${basic}`)).not.toMatch(new RegExp(`${password}|${basic}`));
  });
});
