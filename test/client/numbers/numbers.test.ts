import { findOwnNumber, NotAccountNumberError, ownNumber, releaseOwnNumber, updateOwnNumber } from "../../../src/client/numbers/numbers";
import type { TwilioApiError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

const NUMBER = "+15017122661";

/** The account's own numbers through twilio-node's IncomingPhoneNumbers, on the sandbox (2010-04-01, spec-checked). */
describe("own numbers", () => {
  let numberSid: string;
  const on = sandboxPerCase();
  beforeEach(async () => {
    numberSid = (
      (await on.sandbox.control("POST", "numbers", { PhoneNumber: NUMBER, SmsUrl: "https://hooks.example.com/sms" })) as { sid: string }
    ).sid;
  });
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));

  it("finds a number by its exact E.164 value or its SID", async () => {
    expect((await findOwnNumber(client(), NUMBER))?.sid).toBe(numberSid);
    expect(await findOwnNumber(client(), "+1501712266")).toBeUndefined();
    expect((await ownNumber(client(), numberSid)).phoneNumber).toBe(NUMBER);
  });

  it("says a number the account does not own is not one of its numbers (src/errors says how to pick one)", async () => {
    const error = await failureOf(ownNumber(client(), "+15017122662"));
    expect(error).toBeInstanceOf(NotAccountNumberError);
    expect(error.message).toBe("+15017122662 is not a phone number of this Twilio account.");
    expect((error as TwilioApiError).details).toMatchObject({ status: 404, code: 20404 });
  });

  it("changes only what is given, and reads without changing when nothing is", async () => {
    const updated = await updateOwnNumber(client(), NUMBER, { voiceUrl: "https://hooks.example.com/voice", friendlyName: undefined });
    expect(updated).toMatchObject({ sid: numberSid, voiceUrl: "https://hooks.example.com/voice", smsUrl: "https://hooks.example.com/sms" });
    const update = on.sandbox.requests.find((request) => request.method === "POST");
    expect(Object.fromEntries(update?.form ?? [])).toEqual({ VoiceUrl: "https://hooks.example.com/voice" });

    const posts = on.sandbox.requests.filter((request) => request.method === "POST").length;
    expect(await updateOwnNumber(client(), numberSid, {})).toMatchObject({ sid: numberSid, voiceUrl: "https://hooks.example.com/voice" });
    expect(on.sandbox.requests.filter((request) => request.method === "POST")).toHaveLength(posts);
  });

  it("releases a number: the account no longer has it", async () => {
    await releaseOwnNumber(client(), await ownNumber(client(), NUMBER));
    expect(await findOwnNumber(client(), NUMBER)).toBeUndefined();
  });
});
