import { camelCase, mapRecord } from "../../src/client/records";

describe("camelCase", () => {
  it.each([
    ["account_sid", "accountSid"],
    ["do_not_share_warning_enabled", "doNotShareWarningEnabled"],
    ["psd2_enabled", "psd2Enabled"],
    ["sid", "sid"],
  ])("names %s as %s, as twilio-node's toJSON does", (name, camel) => {
    expect(camelCase(name)).toBe(camel);
  });
});

describe("mapRecord", () => {
  const body = {
    friendly_name: "Login codes",
    unique_name: "",
    code_length: 6,
    ratio: 1.5,
    lookup_enabled: false,
    price: "-0.0075",
    date_created: "Fri, 20 Nov 2026 15:58:10 +0000",
    date_updated: "2026-11-20T15:58:10Z",
    customer_key: "",
    links: { steps: "https://studio.twilio.com/v2/..." },
    auth_token: "kept out",
  };

  it("takes only the fields declared, camelCased, in the order given, each converted by its kind", () => {
    const record = mapRecord(body, {
      friendly_name: "text",
      unique_name: "text",
      code_length: "integer",
      ratio: "integer",
      lookup_enabled: "flag",
      price: "number",
      date_created: "date",
      date_updated: "date",
      customer_key: "value",
      links: "value",
    });
    expect(record).toEqual({
      friendlyName: "Login codes",
      uniqueName: null,
      codeLength: 6,
      ratio: null,
      lookupEnabled: false,
      price: -0.0075,
      dateCreated: "2026-11-20T15:58:10.000Z",
      dateUpdated: "2026-11-20T15:58:10.000Z",
      customerKey: "",
      links: { steps: "https://studio.twilio.com/v2/..." },
    });
    expect(Object.keys(record)[0]).toBe("friendlyName");
    expect(JSON.stringify(record)).not.toContain("kept out");
  });

  it("returns null for a field Twilio left out or gave in another type", () => {
    expect(
      mapRecord({ code_length: "6", lookup_enabled: "true", price: "", url: 42 } as Record<string, unknown>, {
        code_length: "integer",
        lookup_enabled: "flag",
        price: "number",
        url: "text",
        missing: "value",
        date_created: "date",
      }),
    ).toEqual({ codeLength: null, lookupEnabled: null, price: null, url: null, missing: null, dateCreated: null });
  });
});
