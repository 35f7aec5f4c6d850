import {
  defaultCountryCode,
  toCallee,
  toPlainPhoneNumber,
  toRecipientWithDefaultCountry,
  toVerificationAddress,
} from "../../src/inputs/recipients";
import { refusal } from "../support/refusal";

describe("Default Country Code", () => {
  it("reads a calling code with or without +, nothing when empty", () => {
    expect(defaultCountryCode.clean?.("44")).toBe("+44");
    expect(defaultCountryCode.clean?.(" +1 ")).toBe("+1");
    expect(defaultCountryCode.clean?.("")).toBeUndefined();
    expect(refusal(() => defaultCountryCode.clean?.("UK"))).toMatch(
      /^Input "Default Country Code": expected a country calling code of 1 to 3 digits/,
    );
  });
});

describe("numbers typed beside Default Country Code", () => {
  it("reads them with the country code", () => {
    expect(toRecipientWithDefaultCountry("To", "555 867 5310", "+1")).toBe("+15558675310");
    expect(toPlainPhoneNumber("Phone Number", "07911 123456", "+44")).toBe("+447911123456");
    expect(toCallee("To", "555 867 5310", "+1")).toBe("+15558675310");
    expect(toVerificationAddress("To", "555 867 5310", "sms", "+1")).toBe("+15558675310");
  });

  it.each([
    ["To", () => toRecipientWithDefaultCountry("To", "555 867 5310", undefined)],
    ["To", () => toRecipientWithDefaultCountry("To", "555-CALL-NOW", "+1")],
    ["Phone Number", () => toPlainPhoneNumber("Phone Number", "555 867 5310", undefined)],
    ["Phone Number", () => toPlainPhoneNumber("Phone Number", "whatsapp:+15558675310", undefined)],
    ["Forward To", () => toCallee("Forward To", "555 867 5310")],
    ["To", () => toVerificationAddress("To", "555 867 5310", "sms", undefined)],
  ])("say that a national number needs the Default Country Code input (%s)", (label, read) => {
    expect(refusal(read)).toMatch(
      new RegExp(`^Input "${label}": expected .*a national number such as 555 867 5310 needs the Default Country Code input`),
    );
  });
});

describe("Verify addresses", () => {
  it("reads an e-mail address for the email channel, or for no channel when it has an @", () => {
    expect(toVerificationAddress("To", "jane@example.com", "email", undefined)).toBe("jane@example.com");
    expect(toVerificationAddress("To", "jane@example.com", undefined, undefined)).toBe("jane@example.com");
    expect(toVerificationAddress("To", "+15558675310", undefined, undefined)).toBe("+15558675310");
  });

  it("refuses an e-mail address for a phone channel, saying which channel takes one", () => {
    expect(() => toVerificationAddress("To", "jane@example.com", "sms", undefined)).toThrow(
      /^Input "To": expected a phone number for the sms channel \(an e-mail address needs Channel email\)/,
    );
  });
});
