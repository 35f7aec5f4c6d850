import { lookupPhoneNumber } from "../../../src/client/lookup/phoneNumbers";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

/** Lookup v2 through twilio-node, on the sandbox (spec-checked; line type made up from the number's last digit). */
describe("lookupPhoneNumber", () => {
  const on = sandboxPerCase();
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));

  it("asks for the packages as Twilio's Fields, with the number encoded as one path segment, and flattens the answer", async () => {
    const result = await lookupPhoneNumber(client(), { phoneNumber: "+15558675310", packages: ["line_type_intelligence", "caller_name"] });
    const [request] = on.sandbox.requests;
    expect(request.path).toBe("/lookups/v2/PhoneNumbers/%2B15558675310");
    expect(request.query.get("Fields")).toBe("line_type_intelligence,caller_name");
    expect(result).toMatchObject({
      valid: true,
      validationErrors: [],
      phoneNumber: "+15558675310",
      nationalFormat: "(555) 867-5310",
      countryCode: "US",
      lineType: "landline",
    });
    expect(result.lookup).toMatchObject({ phoneNumber: "+15558675310", valid: true });
  });

  it("asks for no package when none is chosen: the line type stays unknown", async () => {
    const result = await lookupPhoneNumber(client(), { phoneNumber: "+15558675311", packages: [] });
    expect(on.sandbox.requests[0].query.has("Fields")).toBe(false);
    expect(result).toMatchObject({ valid: true, lineType: null, carrierName: null, callerName: null });
  });

  it("passes identity details and the last verified date under Twilio's names", async () => {
    await lookupPhoneNumber(client(), {
      phoneNumber: "+15558675312",
      packages: ["identity_match", "reassigned_number"],
      identity: { firstName: "Jane", lastName: "Doe", postalCode: "94105" },
      lastVerifiedDate: "2026-01-31",
    });
    const query = Object.fromEntries(on.sandbox.requests[0].query);
    expect(query).toMatchObject({ FirstName: "Jane", LastName: "Doe", PostalCode: "94105", LastVerifiedDate: "2026-01-31" });
  });

  it("gives a number Twilio finds not valid as an answer with Twilio's reasons, not an error", async () => {
    const result = await lookupPhoneNumber(client(), { phoneNumber: "+1555", packages: ["line_type_intelligence"] });
    expect(result).toMatchObject({
      valid: false,
      validationErrors: ["INVALID_LENGTH"],
      phoneNumber: "+1555",
      countryCode: null,
      lineType: null,
    });
  });
});
