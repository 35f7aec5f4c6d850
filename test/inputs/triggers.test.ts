import {
  acceptUnverifiedRequests,
  messagingServiceToRegister,
  phoneNumberToRegister,
  publicWebhookUrl,
  replyMessage,
  showNewRecords,
  showUpdatedRecords,
} from "../../src/inputs/triggers";
import { refusal } from "../support/refusal";

describe("trigger inputs", () => {
  it("Reply Message: at most 1600 characters, nothing when empty", () => {
    expect(replyMessage.clean?.("Thanks!")).toBe("Thanks!");
    expect(replyMessage.clean?.("  ")).toBeUndefined();
    expect(refusal(() => replyMessage.clean?.("x".repeat(1601)))).toBe(
      'Input "Reply Message": expected at most 1600 characters, got "1601 characters".',
    );
  });

  it("Phone Number to Register: a number of the account in E.164 or its SID, never a channel address", () => {
    expect(phoneNumberToRegister.clean?.("+1 (501) 712-2661")).toBe("+15017122661");
    expect(phoneNumberToRegister.clean?.(`PN${"a".repeat(32)}`)).toBe(`PN${"a".repeat(32)}`);
    expect(phoneNumberToRegister.clean?.("")).toBeUndefined();
    for (const value of ["whatsapp:+15017122661", "5017122661", "12345"])
      expect(refusal(() => phoneNumberToRegister.clean?.(value))).toMatch(
        /^Input "Phone Number to Register": expected a phone number in E\.164 format/,
      );
  });

  it("Messaging Service to Register and Public Webhook URL", () => {
    expect(messagingServiceToRegister.clean?.(`MG${"a".repeat(32)}`)).toBe(`MG${"a".repeat(32)}`);
    expect(refusal(() => messagingServiceToRegister.clean?.("MG1"))).toMatch(/^Input "Messaging Service to Register"/);
    expect(publicWebhookUrl.clean?.("https://hooks.example.com/flow")).toBe("https://hooks.example.com/flow");
    expect(refusal(() => publicWebhookUrl.clean?.("hooks.example.com"))).toMatch(/^Input "Public Webhook URL"/);
  });

  it("switches: signature checks stay on unless turned off; Show New Records is on unless turned off", () => {
    expect(acceptUnverifiedRequests.clean?.(undefined)).toBe(false);
    expect(acceptUnverifiedRequests.clean?.("true")).toBe(true);
    expect(showNewRecords.clean?.("")).toBe(true);
    expect(showNewRecords.clean?.(undefined)).toBe(true);
    expect(showNewRecords.clean?.("false")).toBe(false);
    expect(showUpdatedRecords.clean?.(false)).toBe(false);
  });
});
