import { parseUrl } from "../../../src/client/transport/urls";

describe("parseUrl", () => {
  it("reads an absolute URL", () => {
    expect(parseUrl("https://api.twilio.com/2010-04-01?x=1")?.hostname).toBe("api.twilio.com");
  });

  it.each(["", "api.twilio.com", "/2010-04-01/Accounts", "http//missing-colon"])("gives undefined for %j instead of throwing", (text) => {
    expect(parseUrl(text)).toBeUndefined();
  });
});
