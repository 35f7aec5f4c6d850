import type { NumberConfiguration } from "../../../src/client/numbers/numbers";
import { InputError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { numbersSandbox } from "./support";

describe("Update Phone Number on the sandbox", () => {
  const on = numbersSandbox();
  const { run, kept } = on;

  it("changes only the inputs given, by number or SID, as the sandbox keeps it, and can join a Messaging Service", async () => {
    const { numberSid, serviceSid, phoneNumber } = await on.ownNumberAndService();
    const { data } = await run<NumberConfiguration>("updatePhoneNumber", {
      phoneNumber: "+1 (501) 712-2661",
      friendlyName: "Front desk",
      smsUrl: "https://hooks.example.com/sms",
    });
    expect(data).toMatchObject({ sid: numberSid, phoneNumber, friendlyName: "Front desk", smsUrl: "https://hooks.example.com/sms" });
    const { data: again } = await run<NumberConfiguration>("updatePhoneNumber", {
      phoneNumber: numberSid,
      voiceUrl: "https://hooks.example.com/voice",
      voiceMethod: "GET",
      messagingServiceSid: serviceSid,
    });
    expect(again).toMatchObject({
      friendlyName: "Front desk",
      smsUrl: "https://hooks.example.com/sms",
      voiceUrl: "https://hooks.example.com/voice",
      voiceMethod: "GET",
    });
    expect(kept.numbers()).toEqual([
      expect.objectContaining({
        sid: numberSid,
        friendly_name: "Front desk",
        fields: expect.objectContaining({
          SmsUrl: "https://hooks.example.com/sms",
          VoiceUrl: "https://hooks.example.com/voice",
          VoiceMethod: "GET",
        }),
      }),
    ]);
    expect(kept.services()).toEqual([expect.objectContaining({ sid: serviceSid, numbers: [numberSid] })]);
  });

  it("a number the account does not own is an error naming it; bad inputs are refused before any request", async () => {
    await on.ownNumberAndService();
    expect((await failureOf(run("updatePhoneNumber", { phoneNumber: "+12125550199", friendlyName: "x" }))).message).toContain(
      "+12125550199",
    );
    const before = on.sandbox.requests.length;
    for (const [inputs, label] of [
      [{ phoneNumber: "front desk" }, "Phone Number"],
      [{ phoneNumber: "+15017122661", smsUrl: "hooks.example.com/sms" }, "SMS URL"],
      [{ phoneNumber: "+15017122661", voiceMethod: "PUT" }, "Voice Method"],
      [{ phoneNumber: "+15017122661", messagingServiceSid: "MG123" }, "Messaging Service"],
    ] as const) {
      const error = await failureOf(run("updatePhoneNumber", inputs));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toContain(`Input "${label}"`);
    }
    expect(on.sandbox.requests).toHaveLength(before);
    expect(kept.numbers()[0].friendly_name).not.toBe("x");
  });
});
