import { isNationalNumber, toCountryCode, toPlainPhoneNumber } from "../../../src/client/identifiers/phoneNumbers";

describe("country codes", () => {
  it.each([
    ["+1", "+1"],
    ["44", "+44"],
    ["+ 353", "+353"],
  ])("reads %j as %s", (typed, code) => {
    expect(toCountryCode("Default Country Code", typed)).toBe(code);
  });

  it.each(["+0", "1234", "UK", ""])("refuses %j", (typed) => {
    expect(() => toCountryCode("Default Country Code", typed)).toThrow(/^Input "Default Country Code": expected a country calling code/);
  });
});

describe("national numbers", () => {
  it.each([
    ["555 867 5310", true],
    ["whatsapp:555 867 5310", true],
    ["+15558675310", false],
    ["messenger:1234567890", false],
    ["123", false],
  ])("isNationalNumber(%j) is %s", (text, national) => {
    expect(isNationalNumber(text)).toBe(national);
  });
});

describe("plain phone numbers", () => {
  it("takes a plain phone number, a national one with a country code, and refuses a channel address", () => {
    expect(toPlainPhoneNumber("To", "+1 555 867 5310", undefined)).toBe("+15558675310");
    expect(toPlainPhoneNumber("To", "555 867 5310", "+1")).toBe("+15558675310");
    expect(() => toPlainPhoneNumber("To", "whatsapp:+15558675310", undefined)).toThrow(/without a channel prefix/);
    expect(() => toPlainPhoneNumber("To", "555 867 5310", undefined)).toThrow(/needs the Default Country Code input/);
  });
});
