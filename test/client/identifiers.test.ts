import {
  CALL_PARTY_EXPECTED,
  channelOf,
  checkedSid,
  isNationalNumber,
  SID_PATTERNS,
  type SidKind,
  sidExpected,
  toCallee,
  toCaller,
  toCountryCode,
  toEmailAddress,
  toPlainPhoneNumber,
  toSender,
  toVerificationAddress,
} from "../../src/client/identifiers";
import { InputError } from "../../src/client/transport/errors";

const HEX32 = "0123456789abcdef".repeat(2);

/** What a function threw, so the error's type and message can both be checked. */
function thrownBy(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected it to throw");
}

describe("SID patterns", () => {
  const kinds = Object.keys(SID_PATTERNS) as SidKind[];

  it.each(kinds)("%s: the expected text names the prefixes its pattern accepts", (kind) => {
    const prefixes = [...sidExpected(kind).matchAll(/"([A-Z]{2})"/g)].map((match) => match[1]);
    expect(prefixes.length).toBeGreaterThan(0);
    for (const prefix of prefixes) expect(SID_PATTERNS[kind].test(`${prefix}${HEX32}`)).toBe(true);
    expect(sidExpected(kind)).toMatch(/followed by 32 hexadecimal characters$/);
  });

  it("names both prefixes of a message SID (SMS and MMS)", () => {
    expect(sidExpected("message")).toBe('a SID: "SM" or "MM" followed by 32 hexadecimal characters');
  });

  it.each([
    ["another kind's prefix", `MG${HEX32}`],
    ["one character short", `CA${HEX32.slice(1)}`],
    ["one character long", `CA${HEX32}0`],
    ["a lower-case prefix", `ca${HEX32}`],
    ["a path after it", `CA${HEX32}/Recordings`],
    ["a parent directory", `../CA${HEX32}`],
    ["an encoded slash", `CA${HEX32.slice(3)}%2F`],
    ["a query", `CA${HEX32.slice(1)}?`],
    ["a trailing newline", `CA${HEX32}\n`],
    ["nothing", ""],
  ])("checkedSid refuses %s, naming the input and what it expects", (_case, typed) => {
    const error = thrownBy(() => checkedSid("call", typed, "Call SID"));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "Call SID": expected a SID: "CA" followed by 32 hexadecimal characters/);
  });

  it("checkedSid returns a SID of its kind as it is, upper- or lower-case hexadecimal", () => {
    expect(checkedSid("call", `CA${HEX32}`, "Call SID")).toBe(`CA${HEX32}`);
    expect(checkedSid("call", `CA${HEX32.toUpperCase()}`, "Call SID")).toBe(`CA${HEX32.toUpperCase()}`);
  });
});

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

describe("national numbers and channels", () => {
  it.each([
    ["555 867 5310", true],
    ["whatsapp:555 867 5310", true],
    ["+15558675310", false],
    ["messenger:1234567890", false],
    ["123", false],
  ])("isNationalNumber(%j) is %s", (text, national) => {
    expect(isNationalNumber(text)).toBe(national);
  });

  it.each([
    ["+15558675310", "sms"],
    ["MyBrand", "sms"],
    ["WhatsApp:+15558675310", "whatsapp"],
    ["messenger:1234567890", "messenger"],
    ["rcs:brand_agent", "rcs"],
  ])("channelOf(%j) is %s", (address, channel) => {
    expect(channelOf(address)).toBe(channel);
  });
});

describe("senders", () => {
  it.each([
    ["+1 (501) 712-2661", { from: "+15017122661" }],
    ["12345", { from: "12345" }],
    ["My Shop 24", { from: "My Shop 24" }],
    ["WhatsApp:+15017122661", { from: "whatsapp:+15017122661" }],
    [`MG${HEX32}`, { messagingServiceSid: `MG${HEX32}` }],
  ])("reads %j as %j", (typed, sender) => {
    expect(toSender("From", typed)).toEqual(sender);
  });

  it.each(["12", "123456789", "An Alphanumeric ID", "5017122661", "+0123"])("refuses %j, listing every kind of sender", (typed) => {
    const error = thrownBy(() => toSender("From", typed));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "From": expected an E\.164 phone number .*a Messaging Service SID \(MG\.\.\.\)/);
  });
});

describe("Verify addresses", () => {
  it("trims an e-mail address and refuses one without a domain", () => {
    expect(toEmailAddress("To", " jane@example.com ")).toBe("jane@example.com");
    expect(() => toEmailAddress("To", "jane@example")).toThrow(/^Input "To": expected an e-mail address/);
  });

  it("takes a plain phone number, a national one with a country code, and refuses a channel address", () => {
    expect(toPlainPhoneNumber("To", "+1 555 867 5310", undefined)).toBe("+15558675310");
    expect(toPlainPhoneNumber("To", "555 867 5310", "+1")).toBe("+15558675310");
    expect(() => toPlainPhoneNumber("To", "whatsapp:+15558675310", undefined)).toThrow(/without a channel prefix/);
    expect(() => toPlainPhoneNumber("To", "555 867 5310", undefined)).toThrow(/needs the Default Country Code input/);
  });

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

describe("call parties", () => {
  it.each([
    ["sip:alice@example.com", undefined, "sip:alice@example.com"],
    ["client:alice", undefined, "client:alice"],
    ["+1 555 867 5310", undefined, "+15558675310"],
    ["555 867 5310", "+1", "+15558675310"],
  ])("calls %j (default country %s) as %s", (typed, country, callee) => {
    expect(toCallee("To", typed, country)).toBe(callee);
  });

  it("refuses to call a messaging channel address, listing what can be called", () => {
    expect(() => toCallee("To", "whatsapp:+15558675310")).toThrow(`Input "To": expected ${CALL_PARTY_EXPECTED}`);
  });

  it.each(["sip:alice", "client:", "client:a/b"])("refuses the malformed address %j, naming the input", (typed) => {
    const error = thrownBy(() => toCallee("To", typed));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "To": expected /);
  });

  it("calls from an E.164 number or a Voice SDK client only", () => {
    expect(toCaller("From", "+1 (501) 712-2661")).toBe("+15017122661");
    expect(toCaller("From", "client:support")).toBe("client:support");
    expect(() => toCaller("From", "sip:alice@example.com")).toThrow(/^Input "From": expected a Twilio phone number or verified caller ID/);
    expect(() => toCaller("From", "501 712 2661")).toThrow(/^Input "From"/);
  });
});
