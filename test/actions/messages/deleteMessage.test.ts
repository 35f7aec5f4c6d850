import { TwilioApiError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { actionsPerCase, expectRefusedBeforeAnyRequest } from "../support";
import { deliveredText } from "./support";

describe("Delete Message on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;

  it("removes a delivered message from the log for good; deleting it again is Twilio's 20404", async () => {
    const sid = await deliveredText(on);
    const other = await deliveredText(on);
    expect(await run("deleteMessage", { sid })).toEqual({ sid, deleted: true });
    expect(on.sandbox.messages.map((message) => message.sid)).toEqual([other]);
    const again = await failureOf(run("deleteMessage", { sid }));
    expect(again).toBeInstanceOf(TwilioApiError);
    expect(again.message).toContain("20404");
  });

  it("refuses a SID that is not a message's before any request", async () => {
    await expectRefusedBeforeAnyRequest(on, [["deleteMessage", { sid: "" }, "Message SID"]]);
  });
});
