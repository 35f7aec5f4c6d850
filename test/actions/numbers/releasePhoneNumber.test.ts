import { InputError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { expectRefusedBeforeAnyRequest } from "../support";
import { numbersSandbox } from "./support";

describe("Release Phone Number on the sandbox", () => {
  const on = numbersSandbox();
  const { run, kept, owned } = on;

  it("releases a number only when Confirm Number names it, by number or SID", async () => {
    const { numberSid, phoneNumber } = await on.ownNumberAndService();
    await on.ownNumberAndService("+15017122662");
    const mismatch = await failureOf(run("releasePhoneNumber", { phoneNumber, confirmNumber: "+15017122662" }));
    expect(mismatch).toBeInstanceOf(InputError);
    expect(mismatch.message).toMatch(/Confirm Number.*nothing was released/);
    expect(kept.numbers()).toHaveLength(2);

    expect((await run("releasePhoneNumber", { phoneNumber: "+1 501 712 2661", confirmNumber: numberSid })).data).toEqual({
      released: true,
      sid: numberSid,
      phoneNumber,
    });
    expect(kept.numbers().map((one) => one.phone_number)).toEqual(["+15017122662"]);
    expect(await owned()).toEqual(["+15017122662"]);
  });

  it("says a number the account does not own is none of its numbers, and how to pick one", async () => {
    const error = await failureOf(run("releasePhoneNumber", { phoneNumber: "+15017122669", confirmNumber: "+15017122669" }));
    expect(error.message).toBe(
      "+15017122669 is not a phone number of this Twilio account. Pick one of the account's numbers (Select Phone Number, or List Phone Numbers), in E.164 format or by its SID (PN...).",
    );
  });

  it("refuses a missing confirmation or a number that is none before any request", async () => {
    await expectRefusedBeforeAnyRequest(on, [
      ["releasePhoneNumber", { phoneNumber: "+15017122661" }, "Confirm Number"],
      ["releasePhoneNumber", { phoneNumber: "front desk", confirmNumber: "front desk" }, "Phone Number"],
    ]);
  });
});
