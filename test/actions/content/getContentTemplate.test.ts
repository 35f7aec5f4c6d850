import { TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { createContentTemplate } from "../../support/sandbox";
import { actionsPerCase, expectRefusedBeforeAnyRequest } from "../support";

describe("Get Content Template on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;

  it("reads a template with its placeholders and WhatsApp approval; an unknown SID is Twilio's 20404", async () => {
    const sid = await createContentTemplate(on.sandbox, "Hi {{1}}, order {{2}} has shipped", "approved");
    expect(on.sandbox.inspect<{ sid: string }[]>("content", ACCOUNT_SID)?.map((one) => one.sid)).toEqual([sid]);
    const data = await run("getContentTemplate", { sid });
    expect(data).toMatchObject({ sid, friendlyName: "order_update", language: "en", placeholders: ["1", "2"], approvalStatus: "approved" });
    const missing = await failureOf(run("getContentTemplate", { sid: `HX${"f".repeat(32)}` }));
    expect(missing).toBeInstanceOf(TwilioApiError);
    expect(missing.message).toContain("20404");
  });

  it("refuses a SID that is not a template's before any request", async () => {
    await expectRefusedBeforeAnyRequest(on, [["getContentTemplate", { sid: "order_update" }, "Content Template SID"]]);
  });
});
