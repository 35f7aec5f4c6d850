import { useFakeClock } from "../support/fakeClock";
import { authTokenConnection, harness } from "../support/harness";
import { sandboxPerCase } from "../support/sandbox";

/** New Phone Numbers on the sandbox Twilio: numbers bought through the component, each delivered once, oldest first. */
describe("pollNewPhoneNumbers", () => {
  useFakeClock();
  const on = sandboxPerCase();

  const instanceState: Record<string, unknown> = {};
  const poll = async () => {
    const result = (await harness.trigger(
      "pollNewPhoneNumbers",
      {},
      { connection: authTokenConnection(on.sandbox.url) },
      { instanceState },
    )) as unknown as {
      payload: { body: { data: { phoneNumber: string; sid: string }[] } };
    };
    return result.payload.body.data.map((number) => number.phoneNumber);
  };
  const buy = (phoneNumber: string) =>
    harness.action("buyPhoneNumber", { twilioConnection: authTokenConnection(on.sandbox.url), phoneNumber });

  it("delivers each number added once, oldest first, and not the numbers the account had before", async () => {
    await on.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122661" });
    // The first poll starts from its own second: a number from an earlier second is history, not new.
    // The component's clock moves on 1.1 s (the sandbox's stands still until advanced).
    jest.setSystemTime(Date.now() + 1_100);
    expect(await poll()).toEqual([]);
    // Twilio's times are whole seconds: numbers bought after the first poll are timed after it.
    await on.sandbox.clock.advance(2_000);
    await buy("+14155550103");
    await on.sandbox.clock.advance(1_000);
    await buy("+12125550104");
    expect(await poll()).toEqual(["+14155550103", "+12125550104"]);
    expect(await poll()).toEqual([]);
    await on.sandbox.clock.advance(1_000);
    await buy("+15125550105");
    expect(await poll()).toEqual(["+15125550105"]);
  });
});
