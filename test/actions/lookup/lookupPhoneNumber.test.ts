import component from "../../../src";
import type { LookupResult } from "../../../src/client/lookup/phoneNumbers";
import { InputError } from "../../../src/client/transport/errors";
import { AUTH_TOKEN, authTokenConnection, failureOf, harness } from "../../support/harness";
import { sharedSandbox } from "../../support/sandbox";
import { actionsPerCase } from "../support";

const lookUp = async (baseUrl: string, params: Record<string, unknown>): Promise<LookupResult> => {
  const { data } = (await harness.action("lookupPhoneNumber", { twilioConnection: authTokenConnection(baseUrl), ...params })) as {
    data: LookupResult;
  };
  return data;
};

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const shared = sharedSandbox({ clock: { running: true } });

describe("lookupPhoneNumber against Twilio's official spec", () => {
  it("does a basic lookup (no Fields)", async () => {
    const result = await lookUp(shared.sandbox.url, { phoneNumber: "+14159929960" });
    expect(result).toEqual(expect.objectContaining({ valid: expect.any(Boolean), phoneNumber: expect.stringMatching(/^\+/) }));
    expect(result.lookup).toHaveProperty("nationalFormat");
  });

  it("asks for every package and the identity and reassigned-number details in one request the spec accepts", async () => {
    const result = await lookUp(shared.sandbox.url, {
      phoneNumber: "+14159929960",
      lineTypeIntelligence: true,
      callerName: true,
      smsPumpingRisk: true,
      simSwap: true,
      callForwarding: true,
      lineStatus: true,
      reassignedNumber: true,
      identityMatch: true,
      identityDetails: [
        { key: "FirstName", value: "John" },
        { key: "DateOfBirth", value: "19901214" },
      ],
      lastVerifiedDate: "2020-12-27",
    });
    expect(typeof result.valid).toBe("boolean");
  });
});

describe("lookupPhoneNumber over HTTP", () => {
  const on = actionsPerCase();

  it("returns a number Twilio finds not valid as a result with Twilio's reasons, not an error", async () => {
    const result = await lookUp(on.sandbox.url, { phoneNumber: "+141599299600" });

    expect(result).toEqual(
      expect.objectContaining({
        valid: false,
        validationErrors: ["TOO_LONG"],
        phoneNumber: "+141599299600",
        countryCode: null,
        lineType: null,
      }),
    );
  });

  it("sends no Fields for the free basic lookup, and the number encoded in the path of lookups.twilio.com", async () => {
    await lookUp(on.sandbox.url, { phoneNumber: "+1 (415) 992-9960" });

    const [request] = on.sandbox.requests;
    expect(request.method).toBe("GET");
    expect(request.path).toBe("/lookups/v2/PhoneNumbers/%2B14159929960");
    expect([...request.query.keys()]).toEqual([]);
  });

  it("reads a national number with Default Country Code, and flattens line type, carrier and caller name", async () => {
    const result = await lookUp(on.sandbox.url, {
      phoneNumber: "415 992 9960",
      defaultCountryCode: "+1",
      lineTypeIntelligence: true,
      callerName: true,
    });

    expect(on.sandbox.requests[0].path).toBe("/lookups/v2/PhoneNumbers/%2B14159929960");
    expect(on.sandbox.requests[0].query.get("Fields")).toBe("line_type_intelligence,caller_name");
    expect(result).toEqual(
      expect.objectContaining({
        valid: true,
        phoneNumber: "+14159929960",
        nationalFormat: "(415) 992-9960",
        countryCode: "US",
        // What the sandbox reports for a US number ending in 0.
        lineType: "landline",
        carrierName: "Sandbox Wireless",
        callerName: "SANDBOX CALLER",
      }),
    );
    expect(result.lookup.lineTypeIntelligence).toEqual(expect.objectContaining({ type: "landline", mobileNetworkCode: "260" }));
  });

  it("sends identity details under Twilio's names and the verified date as YYYYMMDD", async () => {
    await lookUp(on.sandbox.url, {
      phoneNumber: "+14159929960",
      identityMatch: true,
      reassignedNumber: true,
      identityDetails: [
        { key: "FirstName", value: "John" },
        { key: "PostalCode", value: "10021" },
      ],
      lastVerifiedDate: "2020-12-27",
    });

    const query = Object.fromEntries(on.sandbox.requests[0].query);
    expect(query).toEqual({
      Fields: "reassigned_number,identity_match",
      FirstName: "John",
      PostalCode: "10021",
      LastVerifiedDate: "20201227",
    });
  });

  it("reports a refused lookup with Twilio's code and never echoes the token", async () => {
    // An account the sandbox does not know, with the harness's token: Twilio's 20003.
    const error = await failureOf(
      harness.action("lookupPhoneNumber", {
        twilioConnection: authTokenConnection(on.sandbox.url, { username: `AC${"9".repeat(32)}` }),
        phoneNumber: "+14159929960",
      }),
    );

    expect(error.message).toMatch(/Twilio error 20003 \(HTTP 401\).*Check the connection/);
    expect(error.message).not.toContain(AUTH_TOKEN);
  });
});

describe("lookupPhoneNumber bad input, caught before any request", () => {
  const on = actionsPerCase();

  it.each([
    ["no number", { phoneNumber: "" }, /Input "Phone Number": expected a phone number/],
    ["letters", { phoneNumber: "call me" }, /Input "Phone Number": expected a phone number in E.164/],
    ["a national number without Default Country Code", { phoneNumber: "415 992 9960" }, /Default Country Code/],
    ["a channel address", { phoneNumber: "whatsapp:+14159929960" }, /without a channel prefix/],
    [
      "an unknown identity detail",
      { phoneNumber: "+14159929960", identityMatch: true, identityDetails: [{ key: "Email", value: "x" }] },
      /Identity Match Details/,
    ],
    [
      "identity details without Identity Match",
      { phoneNumber: "+14159929960", identityDetails: [{ key: "FirstName", value: "J" }] },
      /Input "Identity Match": expected on/,
    ],
    [
      "a verified date without Reassigned Number",
      { phoneNumber: "+14159929960", lastVerifiedDate: "2020-12-27" },
      /Input "Reassigned Number"/,
    ],
    [
      "a malformed verified date",
      { phoneNumber: "+14159929960", reassignedNumber: true, lastVerifiedDate: "27/12/2020" },
      /Last Verified Date/,
    ],
  ])("rejects %s", async (_name, params, message) => {
    const error = await failureOf(lookUp(on.sandbox.url, params));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
    expect(on.sandbox.requests).toHaveLength(0);
  });
});

describe("lookupPhoneNumber inputs", () => {
  it("says on every data package that Twilio bills it, and leaves them all off: the free basic lookup", () => {
    const inputs = component.actions.lookupPhoneNumber.inputs as unknown as Record<
      string,
      { type: string; comments?: string; default?: unknown }
    >;
    const packages = Object.values(inputs).filter((input) => input.type === "boolean");
    expect(packages).toHaveLength(8);
    for (const input of packages) {
      expect(input.comments).toMatch(/Twilio bills this package/);
      expect(input.default).toBe("false");
    }
  });
});
