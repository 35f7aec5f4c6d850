import { InputError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { numbersSandbox } from "./support";

describe("Add Number to Messaging Service on the sandbox", () => {
  const on = numbersSandbox();
  const { run, kept } = on;

  it("adds a number to the sender pool once: a second run changes nothing", async () => {
    const { numberSid, serviceSid, phoneNumber } = await on.ownNumberAndService();
    const pool = { messagingServiceSid: serviceSid, phoneNumber };
    expect((await run("addNumberToMessagingService", pool)).data).toEqual({
      messagingServiceSid: serviceSid,
      phoneNumberSid: numberSid,
      phoneNumber,
      changed: true,
    });
    expect(kept.services()).toEqual([expect.objectContaining({ sid: serviceSid, numbers: [numberSid] })]);
    expect((await run("addNumberToMessagingService", { ...pool, phoneNumber: numberSid })).data).toMatchObject({ changed: false });
    expect(kept.services()[0].numbers).toEqual([numberSid]);
  });

  it("refuses a missing or malformed Messaging Service and a number that is none, before any request", async () => {
    for (const [inputs, label] of [
      [{ phoneNumber: "+15017122661" }, "Messaging Service"],
      [{ phoneNumber: "+15017122661", messagingServiceSid: "Support" }, "Messaging Service"],
      [{ phoneNumber: "PN123", messagingServiceSid: `MG${"0".repeat(32)}` }, "Phone Number"],
    ] as const) {
      const error = await failureOf(run("addNumberToMessagingService", inputs));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toContain(`Input "${label}"`);
    }
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
