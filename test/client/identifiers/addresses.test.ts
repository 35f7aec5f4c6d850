import { CALL_PARTY_EXPECTED, channelOf, toCallee, toCaller, toEmailAddress, toSender } from "../../../src/client/identifiers/addresses";
import { InputError } from "../../../src/client/transport/errors";
import { thrownBy } from "../../support/thrown";

const HEX32 = "0123456789abcdef".repeat(2);

describe("channels", () => {
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

describe("e-mail addresses", () => {
  it("trims an e-mail address and refuses one without a domain", () => {
    expect(toEmailAddress("To", " jane@example.com ")).toBe("jane@example.com");
    expect(() => toEmailAddress("To", "jane@example")).toThrow(/^Input "To": expected an e-mail address/);
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
