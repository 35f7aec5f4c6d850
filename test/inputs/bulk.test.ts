import { concurrency, recipients, timeBudget, toBulkRecipients } from "../../src/inputs/bulk";
import { refusal } from "../support/refusal";

describe("bulk send inputs", () => {
  it("Recipients: a list, or one text separated by commas or new lines, up to 10,000", () => {
    expect(recipients.clean?.(["+15558675310", "+15558675311"])).toEqual(["+15558675310", "+15558675311"]);
    expect(recipients.clean?.("+15558675310, +15558675311\n+15558675312")).toEqual(["+15558675310", "+15558675311", "+15558675312"]);
    expect(refusal(() => recipients.clean?.([]))).toMatch(/^Input "Recipients": expected at least one phone number/);
    const many = Array.from({ length: 10_001 }, (_, index) => `+1555${String(index).padStart(7, "0")}`);
    expect(refusal(() => recipients.clean?.(many))).toBe(
      'Input "Recipients": expected at most 10,000 numbers per step: split the list across loop iterations, got "10001 numbers".',
    );
  });

  it("Concurrency: 5 by default, 1 to 20", () => {
    expect(concurrency.clean?.("")).toBe(5);
    expect(concurrency.clean?.("20")).toBe(20);
    expect(refusal(() => concurrency.clean?.("21"))).toMatch(/^Input "Concurrency"/);
  });

  it("Time Budget: seconds to milliseconds, 600 s by default, at most an hour", () => {
    expect(timeBudget.clean?.("")).toBe(600_000);
    expect(timeBudget.clean?.("30")).toBe(30_000);
    expect(refusal(() => timeBudget.clean?.("3601"))).toMatch(/^Input "Time Budget \(seconds\)"/);
  });
});

describe("toBulkRecipients", () => {
  it("adds Default Country Code to national numbers and keeps an invalid entry in place with why, naming Recipients", () => {
    const planned = toBulkRecipients(["(555) 867-5310", "555-CALL-NOW", "+15558675311"], "+1", { from: "+15017122661" });
    expect(planned[0]).toEqual({ to: "+15558675310" });
    expect(planned[1]).toEqual({ invalid: "555-CALL-NOW", reason: expect.stringMatching(/^Input "Recipients": expected/) });
    expect(planned[2]).toEqual({ to: "+15558675311" });
  });

  it("refuses the whole list when a recipient is on another channel than From", () => {
    expect(() => toBulkRecipients(["+15558675310", "whatsapp:+15558675311"], undefined, { from: "+15017122661" })).toThrow(
      /^Input "Recipients": expected a "whatsapp:" sender in From/,
    );
  });

  it("leaves the channel to a Messaging Service", () => {
    expect(toBulkRecipients(["whatsapp:+15558675311"], undefined, { messagingServiceSid: `MG${"0".repeat(32)}` })).toEqual([
      { to: "whatsapp:+15558675311" },
    ]);
  });
});
