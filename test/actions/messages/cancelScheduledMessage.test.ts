import { TwilioApiError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { actionsPerCase, expectRefusedBeforeAnyRequest } from "../support";
import { deliveredText, MESSAGING_SERVICE_SID, sendText } from "./support";

describe("Cancel Scheduled Message on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;

  it("cancels a scheduled message so it is never sent; a message already sent is Twilio's 30409", async () => {
    const sendAt = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const { sid } = await sendText(on, { from: "", messagingServiceSid: MESSAGING_SERVICE_SID, sendAt });
    expect(on.sandbox.messages.find((message) => message.sid === sid)?.status).toBe("scheduled");
    expect(await run("cancelScheduledMessage", { sid })).toMatchObject({ sid, status: "canceled" });
    await on.sandbox.clock.advance(2 * 60 * 60 * 1000);
    expect(on.sandbox.messages.find((message) => message.sid === sid)).toMatchObject({ status: "canceled", date_sent: null });

    const sent = await deliveredText(on);
    const late = await failureOf(run("cancelScheduledMessage", { sid: sent }));
    expect(late).toBeInstanceOf(TwilioApiError);
    expect(late.message).toContain("30409");
  });

  it("refuses a SID that is not a message's before any request", async () => {
    await expectRefusedBeforeAnyRequest(on, [["cancelScheduledMessage", { sid: "SM123/../Calls" }, "Message SID"]]);
  });
});
