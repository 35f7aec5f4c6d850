import { toRecipient } from "../../src/client/identifiers/phoneNumbers";
import { InputError } from "../../src/client/transport/errors";
import { cleanCountryCode } from "../../src/inputs/clean";
import { toRecipientWithDefaultCountry } from "../../src/inputs/recipients";

describe("Default Country Code", () => {
  it.each([
    ["+1", "+1"],
    ["1", "+1"],
    [" +44 ", "+44"],
    ["+353", "+353"],
  ])("reads %j as %s", (typed, code) => {
    expect(cleanCountryCode("Default Country Code")(typed)).toBe(code);
  });

  it("is undefined when empty: nothing is assumed", () => {
    expect(cleanCountryCode("Default Country Code")("")).toBeUndefined();
  });

  it.each(["US", "+0", "+1234", "++1"])("rejects %j naming the input", (typed) => {
    expect(() => cleanCountryCode("Default Country Code")(typed)).toThrow(
      /Input "Default Country Code": expected a country calling code of 1 to 3 digits/,
    );
  });
});

describe("toRecipient with a default country", () => {
  it.each([
    ["555 867 5310", "+1", "+15558675310"],
    ["(555) 867-5310", "+1", "+15558675310"],
    ["1 555 867 5310", "+1", "+15558675310"],
    ["07911 123456", "+44", "+447911123456"],
    ["0612345678", "+33", "+33612345678"],
    ["06 1234 5678", "+39", "+390612345678"],
    ["+447911123456", "+1", "+447911123456"],
    ["whatsapp:555 867 5310", "+1", "whatsapp:+15558675310"],
  ])("turns %j with %s into %s", (typed, country, expected) => {
    expect(toRecipient("To", typed, country)).toBe(expected);
  });

  it("rejects a national number after a trunk 0 that still starts with 0, saying what is expected", () => {
    expect(() => toRecipient("To", "00447911123456", "+44")).toThrow(
      /Input "To": expected a national number of country code \+44, or a number starting with \+ instead of an international prefix/,
    );
  });

  it("rejects a North American number of the wrong length", () => {
    expect(() => toRecipient("To", "555 867 531", "+1")).toThrow(/Input "To": expected a 10-digit North American number/);
  });

  it("rejects what is no number whatever the country", () => {
    expect(() => toRecipient("To", "555-CALL-NOW", "+1")).toThrow(InputError);
  });

  it("keeps its old behaviour without a country: a national number is rejected", () => {
    expect(() => toRecipient("To", "5558675310")).toThrow(/Input "To": expected a phone number in E.164 format/);
    expect(toRecipient("To", "+1 555 867 5310")).toBe("+15558675310");
  });

  it("tells the builder which input to set when a national number comes without a default country", () => {
    expect(() => toRecipientWithDefaultCountry("To", "555 867 5310", undefined)).toThrow(
      /needs the Default Country Code input, got "555 867 5310"/,
    );
  });
});

describe("channel addresses that are not phone numbers", () => {
  it("keeps a Messenger ID of digits as it is, without asking for a Default Country Code", () => {
    expect(toRecipientWithDefaultCountry("To", "messenger:1234567890", undefined)).toBe("messenger:1234567890");
    expect(toRecipientWithDefaultCountry("To", "messenger:1234567890", "+44")).toBe("messenger:1234567890");
  });

  it("still reads a WhatsApp national number with the Default Country Code, and asks for one without it", () => {
    expect(toRecipientWithDefaultCountry("To", "whatsapp:555 867 5310", "+1")).toBe("whatsapp:+15558675310");
    expect(() => toRecipientWithDefaultCountry("To", "whatsapp:555 867 5310", undefined)).toThrow(/needs the Default Country Code input/);
  });
});
