import { continuationToken, planRecipients } from "../../../src/client/messages/bulkPlan";
import { InputError } from "../../../src/client/transport/errors";

const MESSAGE = { body: "Your order has shipped." };
const planned = (numbers: string[]) => numbers.map((to) => ({ to }));

describe("planRecipients", () => {
  it("merges the same address listed twice, and keeps invalid entries in place (inputs/bulk.ts read each entry)", () => {
    const invalid = { invalid: "not a number", reason: 'Input "Recipients": expected a phone number' };
    const plan = planRecipients(
      [{ to: "+15558675310" }, { to: "+15558675311" }, invalid, { to: "+15558675310" }, { to: "whatsapp:+15558675310" }],
      MESSAGE,
    );
    expect(plan.recipients).toEqual([{ to: "+15558675310" }, { to: "+15558675311" }, invalid, { to: "whatsapp:+15558675310" }]);
    expect(plan.duplicatesMerged).toBe(1);
    expect(plan.firstIndex).toBe(0);
    expect(plan.listFingerprint).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it("continues from where an earlier run of the same list and message stopped", () => {
    const entries = planned(["+15558675310", "+15558675311", "+15558675312"]);
    const { listFingerprint } = planRecipients(entries, MESSAGE);
    const continued = planRecipients(entries, MESSAGE, continuationToken(listFingerprint, 2));
    expect(continued).toMatchObject({ firstIndex: 2, recipients: [{ to: "+15558675312" }] });
    expect(planRecipients(entries, MESSAGE, continuationToken(listFingerprint, 3)).recipients).toEqual([]);
  });

  it("refuses a continueFrom of another list, another message, or out of range", () => {
    const entries = planned(["+15558675310", "+15558675311"]);
    const { listFingerprint } = planRecipients(entries, MESSAGE);
    const refusals = [
      () => planRecipients([...entries, { to: "+15558675312" }], MESSAGE, continuationToken(listFingerprint, 1)),
      () => planRecipients(entries, { body: "Another message" }, continuationToken(listFingerprint, 1)),
      () => planRecipients(entries, MESSAGE, continuationToken(listFingerprint, 3)),
      () => planRecipients(entries, MESSAGE, continuationToken(listFingerprint, -1)),
      () => planRecipients(entries, MESSAGE, `${listFingerprint}.1x`),
      () => planRecipients(entries, MESSAGE, "anything"),
    ];
    for (const refused of refusals) {
      expect(refused).toThrow(InputError);
      expect(refused).toThrow(
        /Input "continueFrom": expected the continueFrom of an earlier bulk send with the same recipients and message/,
      );
    }
  });
});
