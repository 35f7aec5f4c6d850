import {
  isNationalNumber,
  NationalNumberError,
  toCountryCode,
  toPlainPhoneNumber,
  toRecipient,
  toRecipientWithDefaultCountry,
} from "../../../src/client/identifiers/phoneNumbers";
import { thrownBy } from "../../support/thrown";

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
    expect(() => toPlainPhoneNumber("To", "555 867 5310", undefined)).toThrow(/needs a country code, got/);
  });
});

describe("national numbers without a country code", () => {
  it("are refused in Twilio's terms, and said again with where the country code comes from", () => {
    const error = thrownBy(() => toRecipientWithDefaultCountry("To", "555 867 5310", undefined));
    expect(error).toBeInstanceOf(NationalNumberError);
    expect(error.message).toBe(
      'Input "To": expected a phone number in E.164 format such as +15558675310, or a channel address such as "whatsapp:+15558675310"; a national number such as 555 867 5310 needs a country code, got "555 867 5310".',
    );
    expect((error as NationalNumberError).withCountryCodeFrom("the Region input").message).toMatch(
      /; a national number such as 555 867 5310 needs the Region input, got "555 867 5310"\.$/,
    );
  });

  it("is what an unreadable national number is refused as too, with a country code", () => {
    expect(thrownBy(() => toRecipient("To", "555-CALL-NOW", "+1"))).toBeInstanceOf(NationalNumberError);
  });
});
