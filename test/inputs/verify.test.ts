import {
  channel,
  code,
  codeLength,
  customCode,
  doNotShareWarning,
  locale,
  templateSid,
  toVerificationTarget,
  verificationSid,
  verificationTo,
  verifyServiceName,
  verifyServiceSid,
} from "../../src/inputs/verify";
import { refusal } from "../support/refusal";

const SERVICE = `VA${"0123456789abcdef".repeat(2)}`;

describe("Verify inputs", () => {
  it("Verify Service: a VA SID, required", () => {
    expect(verifyServiceSid.clean?.(` ${SERVICE} `)).toBe(SERVICE);
    expect(refusal(() => verifyServiceSid.clean?.(""))).toMatch(
      /^Input "Verify Service": expected a Verify Service SID: "VA" followed by 32/,
    );
    expect(refusal(() => verifyServiceSid.clean?.("VA123/../x"))).toMatch(/^Input "Verify Service": expected a Verify Service SID/);
  });

  it("To: required, as typed (the channel decides how it is read)", () => {
    expect(verificationTo.clean?.(" jane@example.com ")).toBe("jane@example.com");
    expect(refusal(() => verificationTo.clean?.(" "))).toMatch(
      /^Input "To": expected a phone number such as \+15558675310 or an e-mail address/,
    );
  });

  it("Channel: sms by default, any case, one of Verify's channels", () => {
    expect(channel.clean?.(undefined)).toBe("sms");
    expect(channel.clean?.("WhatsApp")).toBe("whatsapp");
    expect(channel.clean?.("email")).toBe("email");
    expect(refusal(() => channel.clean?.("fax"))).toMatch(/^Input "Channel": expected sms, call, whatsapp, email/);
  });

  it("Locale, Custom Code, Template SID and Verification SID by their patterns, optional", () => {
    expect(locale.clean?.("pt-BR")).toBe("pt-BR");
    expect(locale.clean?.("")).toBeUndefined();
    expect(refusal(() => locale.clean?.("Portuguese"))).toMatch(/^Input "Locale": expected a language code such as en, es or pt-BR/);
    expect(customCode.clean?.("A1B2C3")).toBe("A1B2C3");
    expect(refusal(() => customCode.clean?.("123"))).toMatch(/^Input "Custom Code": expected 4 to 10 letters or digits/);
    expect(templateSid.clean?.(`HJ${"a".repeat(32)}`)).toBe(`HJ${"a".repeat(32)}`);
    expect(refusal(() => templateSid.clean?.(`HX${"a".repeat(32)}`))).toMatch(/^Input "Template SID"/);
    expect(verificationSid.clean?.(`VE${"a".repeat(32)}`)).toBe(`VE${"a".repeat(32)}`);
    expect(refusal(() => verificationSid.clean?.("+15558675310"))).toMatch(/^Input "Verification SID": expected a verification SID/);
  });

  it("Code: required, 4 to 10 letters or digits", () => {
    expect(code.clean?.(" 123456 ")).toBe("123456");
    expect(refusal(() => code.clean?.(""))).toMatch(/^Input "Code": expected the code the person received/);
    expect(refusal(() => code.clean?.("12 34 56"))).toMatch(/^Input "Code": expected 4 to 10 letters or digits/);
  });

  it("a Verify Service's settings: name of at most 30 characters, code length 4 to 10, booleans", () => {
    expect(verifyServiceName.clean?.("Acme")).toBe("Acme");
    expect(refusal(() => verifyServiceName.clean?.(""))).toMatch(/^Input "Friendly Name": expected a name such as Acme/);
    expect(refusal(() => verifyServiceName.clean?.("x".repeat(31)))).toBe(
      'Input "Friendly Name": expected at most 30 characters, got "31 characters".',
    );
    expect(codeLength.clean?.("6")).toBe(6);
    expect(refusal(() => codeLength.clean?.("11"))).toMatch(/^Input "Code Length"/);
    expect(doNotShareWarning.clean?.("true")).toBe(true);
  });
});

describe("toVerificationTarget", () => {
  const TO = "+15558675310";

  it("takes exactly one of To and Verification SID", () => {
    expect(toVerificationTarget(TO, undefined)).toEqual({ to: TO });
    expect(toVerificationTarget(undefined, "VE123")).toEqual({ verificationSid: "VE123" });
    expect(toVerificationTarget("", "VE123")).toEqual({ verificationSid: "VE123" });
  });

  it("names the input and what is expected when both or neither are given", () => {
    expect(() => toVerificationTarget(TO, "VE123")).toThrow(/Input "Verification SID": expected to be empty when To is set/);
    expect(() => toVerificationTarget(undefined, undefined)).toThrow(
      /Input "To": expected the phone number or e-mail address the code was sent to, or set Verification SID instead/,
    );
  });
});
