import { pollNewNumbers } from "../../../src/client/numbers/polling";
import { initialPollState, type PollState } from "../../../src/client/polling/newItems";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

/** New numbers of the account on the sandbox (2010-04-01, spec-checked). */
describe("pollNewNumbers", () => {
  const on = sandboxPerCase();

  it("hands on each number added since the first poll once, oldest first, with its configuration", async () => {
    const client = getTwilioClient(authTokenConnection(on.sandbox.url));
    await on.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122660" });
    await on.sandbox.clock.advance(1_000);
    let state: PollState = initialPollState(new Date(on.sandbox.clock.now()));
    const poll = async () => {
      const result = await pollNewNumbers(client, state);
      state = result.state;
      return result.numbers.map((number) => number.phoneNumber);
    };
    expect(await poll()).toEqual([]);
    await on.sandbox.clock.advance(1_000);
    await on.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122661", SmsUrl: "https://hooks.example.com/sms" });
    await on.sandbox.clock.advance(1_000);
    await on.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122662" });
    const delivered = await pollNewNumbers(client, state);
    expect(delivered.numbers.map((number) => number.phoneNumber)).toEqual(["+15017122661", "+15017122662"]);
    expect(delivered.numbers[0]).toMatchObject({ sid: expect.stringMatching(/^PN/), smsUrl: "https://hooks.example.com/sms" });
    state = delivered.state;
    expect(await poll()).toEqual([]);
  });
});
