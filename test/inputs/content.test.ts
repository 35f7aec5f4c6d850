import { approvalStatus, contentTemplateSid, contentVariableList, toContentVariables } from "../../src/inputs/content";
import { refusal } from "../support/refusal";

describe("content inputs", () => {
  it("Content Template SID: an HX SID, required", () => {
    expect(contentTemplateSid.clean?.(` HX${"a".repeat(32)} `)).toBe(`HX${"a".repeat(32)}`);
    expect(refusal(() => contentTemplateSid.clean?.(""))).toMatch(/^Input "Content Template SID": expected a Content Template SID: "HX"/);
  });

  it("Approval Status: WhatsApp's statuses in any case, or any", () => {
    expect(approvalStatus.clean?.("Approved")).toBe("approved");
    expect(approvalStatus.clean?.("")).toBeUndefined();
    expect(approvalStatus.clean?.("unsubmitted")).toBe("unsubmitted");
    expect(refusal(() => approvalStatus.clean?.("accepted"))).toMatch(
      /^Input "Approval Status": expected approved, pending, received, rejected, paused, disabled, unsubmitted/,
    );
  });

  it("Content Variables (List): key/value entries", () => {
    expect(contentVariableList.clean?.([{ key: "1", value: "Jane" }])).toEqual({ 1: "Jane" });
  });
});

describe("toContentVariables", () => {
  it("merges the JSON text and the list into the one JSON string Twilio takes", () => {
    expect(toContentVariables('{"1":"Jane"}', { 2: "10:30" })).toBe('{"1":"Jane","2":"10:30"}');
    expect(toContentVariables('{"1":"Jane"}', undefined)).toBe('{"1":"Jane"}');
    expect(toContentVariables(undefined, { 1: "Jane" })).toBe('{"1":"Jane"}');
    expect(toContentVariables(undefined, undefined)).toBeUndefined();
  });

  it("refuses a key given in both", () => {
    expect(refusal(() => toContentVariables('{"1":"Jane"}', { 1: "Joe" }))).toBe(
      'Input "Content Variables (List)": expected keys not also given in "Content Variables", got "1".',
    );
  });
});
