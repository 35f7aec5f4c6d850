import { resolveRawUrl } from "../../src/client/raw/rawRequest";
import { getTwilioClient } from "../../src/client/twilioClient";
import { ACCOUNT_SID, apiKeyConnection, authTokenConnection } from "../support/harness";

describe("getTwilioClient", () => {
  it("reuses one client for the same credentials and settings, so keep-alive connections are reused", () => {
    expect(getTwilioClient(authTokenConnection("http://127.0.0.1:1"))).toBe(getTwilioClient(authTokenConnection("http://127.0.0.1:1")));
  });

  it("never shares a client between different credentials or settings", () => {
    const base = getTwilioClient(authTokenConnection("http://127.0.0.1:1"));
    expect(getTwilioClient(authTokenConnection("http://127.0.0.1:1", { password: "another-auth-token" }))).not.toBe(base);
    expect(getTwilioClient(authTokenConnection("http://127.0.0.1:2"))).not.toBe(base);
    expect(getTwilioClient(apiKeyConnection("http://127.0.0.1:1"))).not.toBe(base);
  });

  it("targets api.twilio.com by default and the regional host when a region or edge is set", () => {
    expect(getTwilioClient(authTokenConnection("")).apiOrigin).toBe("https://api.twilio.com");
    expect(getTwilioClient(authTokenConnection("", { region: "ie1" })).apiOrigin).toBe("https://api.ie1.twilio.com");
    expect(getTwilioClient(authTokenConnection("", { region: "au1", edge: "sydney" })).apiOrigin).toBe("https://api.sydney.au1.twilio.com");
    expect(getTwilioClient(authTokenConnection("", { edge: "dublin" })).apiOrigin).toBe("https://api.dublin.us1.twilio.com");
  });

  it("resolves raw request paths against the regional host", () => {
    const client = getTwilioClient(authTokenConnection("", { region: "ie1" }));
    expect(resolveRawUrl(client, `/Accounts/${ACCOUNT_SID}/Messages.json`)).toBe(
      `https://api.ie1.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`,
    );
    expect(resolveRawUrl(client, "https://messaging.twilio.com/v1/Services")).toBe("https://messaging.twilio.com/v1/Services");
  });
});
