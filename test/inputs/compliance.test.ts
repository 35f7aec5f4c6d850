import { checkSenderFirst, complianceSender } from "../../src/inputs/compliance";
import { refusal } from "../support/refusal";

describe("compliance inputs", () => {
  it("Sender: an E.164 number (punctuation removed), a short code or a Messaging Service SID", () => {
    expect(complianceSender.clean?.("+1 (415) 555-0111")).toBe("+14155550111");
    expect(complianceSender.clean?.("12345")).toBe("12345");
    expect(complianceSender.clean?.(`MG${"a".repeat(32)}`)).toBe(`MG${"a".repeat(32)}`);
    for (const value of ["", "AcmeCo", "whatsapp:+14155550111", "4155550111"])
      expect(refusal(() => complianceSender.clean?.(value))).toMatch(
        /^Input "Sender": expected a phone number of this account in E\.164 format/,
      );
  });

  it("Check Sender First: off by default", () => {
    expect(checkSenderFirst.clean?.(undefined)).toBe(false);
    expect(checkSenderFirst.clean?.("true")).toBe(true);
  });
});
