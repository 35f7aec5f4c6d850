import { isTwilioHost, mayCarryCredentials, TWILIO_ORIGINS, toBaseUrl } from "../../../src/client/transport/origins";

const BASE = "http://127.0.0.1:4010/twilio";

describe("toBaseUrl: one Base URL for every Twilio host", () => {
  it("maps the REST API to the Base URL itself, path and query kept", () => {
    expect(toBaseUrl("https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json?PageSize=5", BASE)).toBe(
      `${BASE}/2010-04-01/Accounts/AC1/Calls.json?PageSize=5`,
    );
  });

  it.each([
    ["https://messaging.twilio.com/v1/Services", `${BASE}/messaging/v1/Services`],
    [
      "https://lookups.twilio.com/v2/PhoneNumbers/+15558675310?Fields=line_type_intelligence",
      `${BASE}/lookups/v2/PhoneNumbers/+15558675310?Fields=line_type_intelligence`,
    ],
    ["https://verify.twilio.com/v2/Services/VA1/Verifications", `${BASE}/verify/v2/Services/VA1/Verifications`],
    ["https://chat.twilio.com/v1/Services", `${BASE}/chat/v1/Services`],
  ])("maps %s under a prefix named after its host", (uri, expected) => {
    expect(toBaseUrl(uri, BASE)).toBe(expected);
  });

  it("maps regional and edge hosts by their product, so Region and Edge cannot lead past the Base URL", () => {
    expect(toBaseUrl("https://api.dublin.ie1.twilio.com/2010-04-01/Accounts.json", BASE)).toBe(`${BASE}/2010-04-01/Accounts.json`);
    expect(toBaseUrl("https://messaging.sydney.au1.twilio.com/v1/Services", BASE)).toBe(`${BASE}/messaging/v1/Services`);
  });

  it("leaves a URL that is not on a Twilio host alone", () => {
    for (const uri of ["https://api.twilio.com.evil.example/x", "http://api.twilio.com/x", "https://example.com/twilio.com"]) {
      expect(toBaseUrl(uri, BASE)).toBe(uri);
    }
  });

  it("has one origin per product, each on a Twilio host", () => {
    for (const origin of Object.values(TWILIO_ORIGINS)) expect(isTwilioHost(new URL(origin).hostname)).toBe(true);
    expect(isTwilioHost("twilio.com.evil.example")).toBe(false);
  });
});

describe("mayCarryCredentials", () => {
  it.each([
    ["a Twilio host over https", "https://api.twilio.com/2010-04-01/Accounts.json", undefined, true],
    ["a regional Twilio host", "https://api.dublin.ie1.twilio.com/x", undefined, true],
    ["Twilio over plain http", "http://api.twilio.com/x", undefined, false],
    ["Twilio's CDN, which is not twilio.com", "https://mms.twiliocdn.com/x", undefined, false],
    ["a look-alike host", "https://api.twilio.com.evil.example/x", undefined, false],
    ["a URL with credentials in it", "https://user:pass@api.twilio.com/x", undefined, false],
    ["the Base URL's own paths", "http://127.0.0.1:4010/prefix/2010-04-01/x", "http://127.0.0.1:4010/prefix", true],
    ["another path on the Base URL's host", "http://127.0.0.1:4010/prefixed/x", "http://127.0.0.1:4010/prefix", false],
    ["Twilio itself once a Base URL stands in for it", "https://api.twilio.com/x", "http://127.0.0.1:4010", false],
  ])("%s: %s", (_name, url, baseUrl, expected) => {
    expect(mayCarryCredentials(new URL(url), baseUrl)).toBe(expected);
  });
});
