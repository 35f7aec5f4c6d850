import type { NumberConfiguration } from "../../../src/client/numbers/numbers";
import type { PurchaseResult } from "../../../src/client/numbers/purchase";
import { InputError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { numbersSandbox } from "./support";

/** A number bought, configured, pooled and released through the component's actions, one after the other, on the sandbox Twilio. */
describe("a phone number from purchase to release on the sandbox", () => {
  const on = numbersSandbox();
  const { run, owned, search } = on;

  it("a number bought is listed and configurable, joins and leaves a Messaging Service, and once released is gone", async () => {
    const service = (await on.sandbox.control("POST", "messaging-services", { FriendlyName: "Support" })) as { sid: string };
    const [candidate] = await search({ areaCode: "212", voiceRequired: true });
    const { data: bought } = await run<PurchaseResult>("buyPhoneNumber", {
      phoneNumber: candidate.phoneNumber,
      friendlyName: "Acme NY",
      smsUrl: "https://hooks.example.com/sms",
      messagingServiceSid: service.sid,
    });
    expect(bought).toMatchObject({ outcome: "bought", phoneNumber: candidate.phoneNumber, sid: expect.stringMatching(/^PN/) });
    expect(bought.messagingService).toEqual({ sid: service.sid, added: true, error: null });
    expect(await owned()).toContain(candidate.phoneNumber);
    expect(await search({ areaCode: "212", limit: "50" })).not.toContainEqual(
      expect.objectContaining({ phoneNumber: candidate.phoneNumber }),
    );

    const { data: updated } = await run<NumberConfiguration>("updatePhoneNumber", {
      phoneNumber: candidate.phoneNumber,
      voiceUrl: "https://hooks.example.com/voice",
      voiceMethod: "GET",
    });
    expect(updated).toMatchObject({
      voiceUrl: "https://hooks.example.com/voice",
      voiceMethod: "GET",
      smsUrl: "https://hooks.example.com/sms",
      friendlyName: "Acme NY",
    });

    const pool = { messagingServiceSid: service.sid, phoneNumber: bought.sid };
    expect((await run("addNumberToMessagingService", pool)).data).toMatchObject({ changed: false });
    expect((await run("removeNumberFromMessagingService", pool)).data).toMatchObject({ changed: true, phoneNumber: candidate.phoneNumber });
    expect((await run("removeNumberFromMessagingService", pool)).data).toMatchObject({ changed: false });
    expect(await owned()).toContain(candidate.phoneNumber);
    const other = (await on.sandbox.control("POST", "messaging-services", { FriendlyName: "Other" })) as { sid: string };
    await run("updatePhoneNumber", { phoneNumber: candidate.phoneNumber, messagingServiceSid: other.sid });
    const taken = await failureOf(run("addNumberToMessagingService", pool));
    expect(taken.message).toMatch(/21712.*Remove Number from Messaging Service/);

    const mismatch = await failureOf(run("releasePhoneNumber", { phoneNumber: candidate.phoneNumber, confirmNumber: "+12125550199" }));
    expect(mismatch).toBeInstanceOf(InputError);
    expect(mismatch.message).toMatch(/Confirm Number.*nothing was released/);
    expect(await owned()).toContain(candidate.phoneNumber);

    expect((await run("releasePhoneNumber", { phoneNumber: bought.sid, confirmNumber: candidate.phoneNumber })).data).toMatchObject({
      released: true,
    });
    expect(await owned()).not.toContain(candidate.phoneNumber);
  });
});
