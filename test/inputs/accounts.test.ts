import {
  subaccountLimit,
  subaccountName,
  subaccountNewStatus,
  subaccountSid,
  subaccountStatusFilter,
  toSubaccountChange,
} from "../../src/inputs/accounts";
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

  it("Limit: 100 by default, 1 to 10,000 like every list", () => {
    expect(subaccountLimit.clean?.("")).toBe(100);
    expect(subaccountLimit.clean?.("10000")).toBe(10000);
    expect(refusal(() => subaccountLimit.clean?.("10001"))).toMatch(/^Input "Limit"/);
  });
});

describe("toSubaccountChange", () => {
  const SUB = `AC${"5a".repeat(16)}`;
  const OWNER = `AC${"0123456789abcdef".repeat(2)}`;

  it("keeps only what changes", () => {
    expect(toSubaccountChange(SUB, { friendlyName: "Renamed" }, OWNER)).toEqual({ friendlyName: "Renamed", status: undefined });
    expect(toSubaccountChange(SUB, { status: "closed", confirmClose: SUB, friendlyName: "Gone" }, OWNER)).toEqual({
      friendlyName: "Gone",
      status: "closed",
    });
  });

  it("refuses closing without the SID typed again, a change of nothing, and the connection's own account", () => {
    expect(refusal(() => toSubaccountChange(SUB, { status: "closed" }, OWNER))).toMatch(
      new RegExp(`^Input "Confirm Closing": expected the Subaccount SID \\(${SUB}\\) typed again: closing a subaccount is permanent`),
    );
    expect(refusal(() => toSubaccountChange(SUB, { status: "closed", confirmClose: `${SUB.slice(0, -1)}b` }, OWNER))).toMatch(
      /Confirm Closing/,
    );
    expect(refusal(() => toSubaccountChange(SUB, {}, OWNER))).toMatch(
      /^Input "Friendly Name": expected a new name, or a Status to change to/,
    );
    expect(refusal(() => toSubaccountChange(OWNER, { friendlyName: "Renamed" }, OWNER))).toMatch(
      /^Input "Subaccount SID": expected a subaccount of the connection's account, not the account itself/,
    );
  });
});
