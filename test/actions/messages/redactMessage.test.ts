import { TwilioApiError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { actionsPerCase, expectRefusedBeforeAnyRequest } from "../support";
import { deliveredText, sendText } from "./support";

describe("Redact Message on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;
  const kept = (sid: unknown) => on.sandbox.messages.find((message) => message.sid === sid);

  it("empties a delivered message's body and keeps its record; a message not finished yet is Twilio's 20009", async () => {
    const sid = await deliveredText(on);
    expect(await run("redactMessage", { sid })).toMatchObject({ sid, body: "", status: "delivered" });
    expect(kept(sid)).toMatchObject({ body: "", status: "delivered", to: "+15558675310" });

    const { sid: queued } = await sendText(on, { message: "Still on its way" });
    const early = await failureOf(run("redactMessage", { sid: queued }));
    expect(early).toBeInstanceOf(TwilioApiError);
    expect(early.message).toContain("20009");
    expect(kept(queued)?.body).toBe("Still on its way");
  });

  it("refuses a SID that is not a message's before any request", async () => {
    await expectRefusedBeforeAnyRequest(on, [["redactMessage", { sid: `CA${"0".repeat(32)}` }, "Message SID"]]);
  });
});
