import { expectRefusedBeforeAnyRequest } from "../support";
import { numbersSandbox } from "./support";

describe("Remove Number from Messaging Service on the sandbox", () => {
  const on = numbersSandbox();
  const { run, kept, owned } = on;

  it("takes a number out of the sender pool, keeping the number; a second run changes nothing", async () => {
    const { numberSid, serviceSid, phoneNumber } = await on.ownNumberAndService();
    const pool = { messagingServiceSid: serviceSid, phoneNumber };
    await run("addNumberToMessagingService", pool);
    expect((await run("removeNumberFromMessagingService", pool)).data).toEqual({
      messagingServiceSid: serviceSid,
      phoneNumberSid: numberSid,
      phoneNumber,
      changed: true,
    });
    expect(kept.services()[0].numbers).toEqual([]);
    expect(await owned()).toEqual([phoneNumber]);
    expect((await run("removeNumberFromMessagingService", pool)).data).toMatchObject({ changed: false });
  });

  it("refuses a malformed Messaging Service or number before any request", async () => {
    await expectRefusedBeforeAnyRequest(on, [
      ["removeNumberFromMessagingService", { phoneNumber: "+15017122661", messagingServiceSid: "MG../Services" }, "Messaging Service"],
      ["removeNumberFromMessagingService", { phoneNumber: "", messagingServiceSid: `MG${"0".repeat(32)}` }, "Phone Number"],
    ]);
  });
});
