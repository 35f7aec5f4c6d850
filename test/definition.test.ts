import { InputError, TwilioApiError } from "../src/client/transport/errors";
import { definition } from "../src/definition";

describe("the component's error hook", () => {
  it("passes a bad input's error through as it is: it already says what to fix", async () => {
    const error = new InputError("To", "a phone number in E.164 format", "555");
    expect(await definition.hooks.error(error)).toBe(error);
  });

  it("adds what to do to Twilio's answer, in the builder's terms", async () => {
    const reason = "The 'To' number +15005550001 is not a valid phone number.";
    const answer = new TwilioApiError(reason, { code: 21211, status: 400, reason });
    const worded = (await definition.hooks.error(answer)) as Error;
    expect(worded.message).toContain("The 'To' number +15005550001 is not a valid phone number.");
    expect(worded.message).toMatch(/Check the "To" input/);
  });
});
