import { createContentTemplate } from "../../support/sandbox";
import { actionsPerCase, expectRefusedBeforeAnyRequest } from "../support";

type Listed = { templates: { sid: string; approvalStatus: string }[]; nextPageUri: string | null; hasMore: boolean };

describe("List Content Templates on the sandbox", () => {
  const on = actionsPerCase();
  const list = async (inputs: Record<string, unknown>) => (await on.run("listContentTemplates", inputs)) as unknown as Listed;

  it("lists templates by WhatsApp approval, in bounded pages that Continue From resumes", async () => {
    const approved = await createContentTemplate(on.sandbox, "Hi {{1}}", "approved");
    const rejected = await createContentTemplate(on.sandbox, "Buy now {{1}}", "rejected");
    const plain = await createContentTemplate(on.sandbox, "Your order shipped");
    expect((await list({ approvalStatus: "approved" })).templates.map((one) => one.sid)).toEqual([approved]);
    expect((await list({ approvalStatus: "rejected" })).templates.map((one) => one.sid)).toEqual([rejected]);
    const first = await list({ limit: "2" });
    expect(first.templates).toHaveLength(2);
    expect(first.hasMore).toBe(true);
    const rest = await list({ limit: "2", continueFrom: first.nextPageUri });
    expect([...first.templates, ...rest.templates].map((one) => one.sid).sort()).toEqual([approved, rejected, plain].sort());
    expect(rest.hasMore).toBe(false);
  });

  it("refuses an approval status WhatsApp does not have before any request", async () => {
    await expectRefusedBeforeAnyRequest(on, [["listContentTemplates", { approvalStatus: "maybe" }, "Approval Status"]]);
  });
});
