import { subaccountLimit, subaccountName, subaccountNewStatus, subaccountSid, subaccountStatusFilter } from "../../src/inputs/accounts";
import { refusal } from "../support/refusal";

describe("subaccount inputs", () => {
  it("Subaccount SID: an AC SID, required, never a path", () => {
    expect(subaccountSid.clean?.(` AC${"a".repeat(32)} `)).toBe(`AC${"a".repeat(32)}`);
    for (const value of ["", "AC1", "../Accounts"])
      expect(refusal(() => subaccountSid.clean?.(value))).toMatch(/^Input "Subaccount SID": expected a SID: "AC"/);
  });

  it("Friendly Name: at most 64 characters", () => {
    expect(subaccountName.clean?.(" Tenant ")).toBe("Tenant");
    expect(subaccountName.clean?.("")).toBeUndefined();
    expect(refusal(() => subaccountName.clean?.("x".repeat(65)))).toMatch(/^Input "Friendly Name"/);
  });

  it("Status: one of Twilio's account statuses", () => {
    expect(subaccountStatusFilter.clean?.("suspended")).toBe("suspended");
    expect(subaccountNewStatus.clean?.("")).toBeUndefined();
    expect(refusal(() => subaccountNewStatus.clean?.("deleted"))).toBe(
      'Input "Status": expected active, suspended, closed, got "deleted".',
    );
  });

  it("Limit: 100 by default, 1 to 1000", () => {
    expect(subaccountLimit.clean?.("")).toBe(100);
    expect(subaccountLimit.clean?.("1000")).toBe(1000);
    expect(refusal(() => subaccountLimit.clean?.("1001"))).toMatch(/^Input "Limit"/);
  });
});
