import { toBulkRecipients } from "../../src/inputs/bulk";

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
