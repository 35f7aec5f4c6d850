import { expectRefusedBeforeAnyRequest } from "../support";
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
    await expectRefusedBeforeAnyRequest(on, [
      ["addNumberToMessagingService", { phoneNumber: "+15017122661" }, "Messaging Service"],
      ["addNumberToMessagingService", { phoneNumber: "+15017122661", messagingServiceSid: "Support" }, "Messaging Service"],
      ["addNumberToMessagingService", { phoneNumber: "PN123", messagingServiceSid: `MG${"0".repeat(32)}` }, "Phone Number"],
    ]);
  });
});
