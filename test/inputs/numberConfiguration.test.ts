import {
  confirmRelease,
  numberFriendlyName,
  numberMessagingService,
  ownPhoneNumber,
  phoneNumberToBuy,
  releaseConfirmation,
  requiredMessagingService,
  smsMethod,
  smsUrl,
  voiceFallbackUrl,
} from "../../src/inputs/numberConfiguration";
import { refusal } from "../support/refusal";

const NUMBER_SID = `PN${"0123456789abcdef".repeat(2)}`;
const SERVICE = `MG${"0123456789abcdef".repeat(2)}`;

describe("phone number inputs", () => {
  it("Phone Number (own): E.164 with punctuation removed, or a PN SID as it is", () => {
    expect(ownPhoneNumber.clean?.("+1 (501) 712-2661")).toBe("+15017122661");
    expect(ownPhoneNumber.clean?.(NUMBER_SID)).toBe(NUMBER_SID);
    for (const value of ["", "5017122661", "whatsapp:+15017122661", "PN123", "../IncomingPhoneNumbers"])
      expect(refusal(() => ownPhoneNumber.clean?.(value))).toMatch(
        /^Input "Phone Number": expected a phone number in E\.164 format such as \+15017122661, or its SID/,
      );
  });

  it("Phone Number (to buy): optional, E.164 only", () => {
    expect(phoneNumberToBuy.clean?.("+14155550100")).toBe("+14155550100");
    expect(phoneNumberToBuy.clean?.("")).toBeUndefined();
    expect(refusal(() => phoneNumberToBuy.clean?.("415 555 0100"))).toMatch(
      /^Input "Phone Number": expected a phone number in E\.164 format/,
    );
  });

  it("Friendly Name: at most 64 characters", () => {
    expect(numberFriendlyName.clean?.(" Support line ")).toBe("Support line");
    expect(numberFriendlyName.clean?.("")).toBeUndefined();
    expect(refusal(() => numberFriendlyName.clean?.("x".repeat(65)))).toBe(
      'Input "Friendly Name": expected at most 64 characters, got "65 characters".',
    );
  });

  it("webhook URLs and methods: http(s) URLs, GET or POST, each named by its own label", () => {
    expect(smsUrl.clean?.("https://hooks.example.com/sms")).toBe("https://hooks.example.com/sms");
    expect(refusal(() => smsUrl.clean?.("ftp://hooks.example.com/sms"))).toMatch(/^Input "SMS URL"/);
    expect(refusal(() => voiceFallbackUrl.clean?.("not a url"))).toMatch(/^Input "Voice Fallback URL"/);
    expect(smsMethod.clean?.("GET")).toBe("GET");
    expect(smsMethod.clean?.("")).toBeUndefined();
    expect(refusal(() => smsMethod.clean?.("PUT"))).toMatch(/^Input "SMS Method": expected GET or POST/);
  });

  it("Messaging Service: an MG SID, optional or required", () => {
    expect(numberMessagingService.clean?.(SERVICE)).toBe(SERVICE);
    expect(numberMessagingService.clean?.("")).toBeUndefined();
    expect(requiredMessagingService.clean?.(SERVICE)).toBe(SERVICE);
    expect(refusal(() => requiredMessagingService.clean?.(""))).toMatch(/^Input "Messaging Service": expected a Messaging Service SID/);
    expect(refusal(() => numberMessagingService.clean?.("MG1"))).toMatch(/^Input "Messaging Service": expected a Messaging Service SID/);
  });

  it("Confirm Number: required; releases only the very number found, by its number or SID as typed in any format", () => {
    expect(refusal(() => releaseConfirmation.clean?.(" "))).toMatch(
      /^Input "Confirm Number": expected the number being released, typed again/,
    );
    const number = { sid: NUMBER_SID, phoneNumber: "+15017122661" };
    expect(() => confirmRelease("+15017122661", number)).not.toThrow();
    expect(() => confirmRelease("+1 501-712-2661", number)).not.toThrow();
    expect(() => confirmRelease(NUMBER_SID, number)).not.toThrow();
    for (const typed of ["+15017122662", "yes", `PN${"f".repeat(32)}`])
      expect(refusal(() => confirmRelease(typed, number))).toBe(
        `Input "Confirm Number": expected the number being released, +15017122661 (or its SID ${NUMBER_SID}); nothing was released, got "${typed}".`,
      );
  });
});
