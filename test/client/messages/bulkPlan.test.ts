import { continuationToken, planRecipients } from "../../../src/client/messages/bulkPlan";
import { InputError } from "../../../src/client/transport/errors";

const MESSAGE = { body: "Your order has shipped." };

describe("planRecipients", () => {
  it("normalises every entry, merges the same address listed twice, and keeps invalid entries in place", () => {
    const plan = planRecipients(
      ["+1 555 867 5310", "555-867-5311", "not a number", "(555) 867-5310", "whatsapp:+15558675310"],
      "+1",
      MESSAGE,
    );
    expect(plan.recipients).toEqual([
      { to: "+15558675310" },
      { to: "+15558675311" },
      { invalid: "not a number", reason: expect.stringMatching(/^Input "Recipients": expected /) },
      { to: "whatsapp:+15558675310" },
    ]);
    expect(plan.duplicatesMerged).toBe(1);
    expect(plan.firstIndex).toBe(0);
    expect(plan.listFingerprint).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it("continues from where an earlier run of the same list and message stopped", () => {
    const entries = ["+15558675310", "+15558675311", "+15558675312"];
    const { listFingerprint } = planRecipients(entries, undefined, MESSAGE);
    const continued = planRecipients(entries, undefined, MESSAGE, continuationToken(listFingerprint, 2));
    expect(continued).toMatchObject({ firstIndex: 2, recipients: [{ to: "+15558675312" }] });
    expect(planRecipients(entries, undefined, MESSAGE, continuationToken(listFingerprint, 3)).recipients).toEqual([]);
  });

  it("refuses a Continue From of another list, another message, or out of range", () => {
    const entries = ["+15558675310", "+15558675311"];
    const { listFingerprint } = planRecipients(entries, undefined, MESSAGE);
    const refusals = [
      () => planRecipients([...entries, "+15558675312"], undefined, MESSAGE, continuationToken(listFingerprint, 1)),
      () => planRecipients(entries, undefined, { body: "Another message" }, continuationToken(listFingerprint, 1)),
      () => planRecipients(entries, undefined, MESSAGE, continuationToken(listFingerprint, 3)),
      () => planRecipients(entries, undefined, MESSAGE, continuationToken(listFingerprint, -1)),
      () => planRecipients(entries, undefined, MESSAGE, `${listFingerprint}.1x`),
      () => planRecipients(entries, undefined, MESSAGE, "anything"),
    ];
    for (const refused of refusals) {
      expect(refused).toThrow(InputError);
      expect(refused).toThrow(/Input "Continue From": expected the continueFrom of an earlier Send Bulk Messages run/);
    }
  });
});
