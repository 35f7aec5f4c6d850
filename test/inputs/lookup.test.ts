import {
  identityDetails,
  lastVerifiedDate,
  lookupPhoneNumberInput,
  requirePackagesForDetails,
  toLookupPackages,
} from "../../src/inputs/lookup";
import { refusal } from "../support/refusal";

const allOff = {
  lineTypeIntelligence: false,
  callerName: false,
  smsPumpingRisk: false,
  simSwap: false,
  callForwarding: false,
  lineStatus: false,
  reassignedNumber: false,
  identityMatch: false,
};

describe("lookup inputs", () => {
  it("Phone Number: required", () => {
    expect(lookupPhoneNumberInput.clean?.(" +15558675310 ")).toBe("+15558675310");
    expect(refusal(() => lookupPhoneNumberInput.clean?.(""))).toMatch(
      /^Input "Phone Number": expected a phone number such as \+15558675310/,
    );
  });

  it("the package switches become Twilio's field names, none for the free basic lookup", () => {
    expect(toLookupPackages(allOff)).toEqual([]);
    expect(toLookupPackages({ ...allOff, identityMatch: true, lineTypeIntelligence: true })).toEqual([
      "line_type_intelligence",
      "identity_match",
    ]);
  });

  it("Identity Match Details: Twilio's names to the client's, blanks dropped, unknown keys refused", () => {
    expect(
      identityDetails.clean?.([
        { key: "FirstName", value: "Jane" },
        { key: "DateOfBirth", value: "19800131" },
        { key: "City", value: " " },
      ]),
    ).toEqual({ firstName: "Jane", dateOfBirth: "19800131" });
    expect(identityDetails.clean?.(undefined)).toBeUndefined();
    expect(identityDetails.clean?.([{ key: "City", value: "" }])).toBeUndefined();
    expect(refusal(() => identityDetails.clean?.([{ key: "first_name", value: "Jane" }]))).toMatch(
      /^Input "Identity Match Details": expected keys among FirstName, LastName, .+, got "first_name"/,
    );
    expect(refusal(() => identityDetails.clean?.([{ key: "constructor", value: "x" }]))).toMatch(/^Input "Identity Match Details"/);
  });

  it("Last Verified Date: a date, as Twilio's YYYYMMDD", () => {
    expect(lastVerifiedDate.clean?.("2026-06-01")).toBe("20260601");
    expect(lastVerifiedDate.clean?.("")).toBeUndefined();
    expect(refusal(() => lastVerifiedDate.clean?.("June"))).toMatch(/^Input "Last Verified Date"/);
  });

  it("details need the package they are for", () => {
    requirePackagesForDetails(["identity_match", "reassigned_number"], { firstName: "Jane" }, "20260601");
    requirePackagesForDetails([], undefined, undefined);
    expect(refusal(() => requirePackagesForDetails([], { firstName: "Jane" }, undefined))).toMatch(
      /^Input "Identity Match": expected on when Identity Match Details are given/,
    );
    expect(refusal(() => requirePackagesForDetails(["identity_match"], undefined, "20260601"))).toMatch(
      /^Input "Reassigned Number": expected on when Last Verified Date is given/,
    );
  });
});
