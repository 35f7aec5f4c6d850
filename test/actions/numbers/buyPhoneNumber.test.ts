import type { PurchaseResult } from "../../../src/client/numbers/purchase";
import { useInstantWaits } from "../../support/fakeClock";
import { failureOf } from "../../support/harness";
import { expectRefusedBeforeAnyRequest } from "../support";
import { numbersSandbox } from "./support";

/** Numbers bought through the component, on the sandbox Twilio (checked against Twilio's specs), never twice. */
describe("Buy Phone Number on the sandbox", () => {
  useInstantWaits();
  const on = numbersSandbox();
  const { run, owned, purchases } = on;

  it("buys the first number matching the search; none matching is an error naming the fix", async () => {
    const { data } = await run<PurchaseResult>("buyPhoneNumber", { areaCode: "512", mmsRequired: true });
    expect(data.phoneNumber).toMatch(/^\+1512/);
    expect(data.number?.capabilities.mms).toBe(true);
    const none = await failureOf(run("buyPhoneNumber", { areaCode: "999" }));
    expect(none.message).toMatch(/no local number for sale in US.*Widen the search/);
    expect(await owned()).toEqual([data.phoneNumber]);
  });

  it("a number not for sale is refused with Twilio's 21422 and what to do", async () => {
    const error = await failureOf(run("buyPhoneNumber", { phoneNumber: "+15005550000" }));
    expect(error.message).toMatch(/21422/);
    expect(error.message).toMatch(/Search Available Phone Numbers/);
  });

  it("a number bought but refused by the Messaging Service says why and what to check, and stays bought", async () => {
    const missingService = `MG${"0".repeat(32)}`;
    const { data } = await run<PurchaseResult>("buyPhoneNumber", { areaCode: "512", messagingServiceSid: missingService });
    expect(data.outcome).toBe("bought");
    expect(data.messagingService).toEqual({
      sid: missingService,
      added: false,
      error: expect.stringMatching(
        /^Twilio error 20404 \(HTTP 404\): .* Check the SID you passed: no such resource exists in this account\. More info:/,
      ),
    });
    expect(await owned()).toEqual([data.phoneNumber]);
  });

  it("a lost purchase answer is resolved from the account's numbers, without buying twice", async () => {
    await on.sandbox.control("POST", "faults", {
      rules: [{ kind: "reset-after", method: "POST", path: "IncomingPhoneNumbers\\.json$", times: 1 }],
    });
    const { data } = await run<PurchaseResult>("buyPhoneNumber", { phoneNumber: "+14155550101" });
    expect(data).toMatchObject({ outcome: "bought", reconciled: true, phoneNumber: "+14155550101", sid: expect.stringMatching(/^PN/) });
    const posts = (await purchases()).filter((request) => request.method === "POST" && /IncomingPhoneNumbers\.json$/.test(request.path));
    expect(posts).toHaveLength(1);
    expect(await owned()).toEqual(["+14155550101"]);
  });

  it("an unprovable purchase says it may have been bought, and a rerun with the key buys nothing", async () => {
    await on.sandbox.control("POST", "faults", {
      rules: [
        { kind: "500-after", method: "POST", path: "IncomingPhoneNumbers\\.json$", times: 1 },
        { kind: "500-before", method: "GET", path: "IncomingPhoneNumbers\\.json$", times: 8 },
      ],
    });
    const first = await run<PurchaseResult>("buyPhoneNumber", { phoneNumber: "+14155550102", idempotencyKey: "customer-7-line" }, {});
    expect(first.data).toMatchObject({
      outcome: "mayHaveBeenBought",
      sid: null,
      explanation: expect.stringMatching(/may have been bought.*not bought again: check List Phone Numbers/),
    });
    await on.sandbox.control("DELETE", "faults", {});
    const second = await run<PurchaseResult>(
      "buyPhoneNumber",
      { phoneNumber: "+14155550102", idempotencyKey: "customer-7-line" },
      first.instanceState,
    );
    expect(second.data).toMatchObject({
      outcome: "bought",
      replayed: true,
      phoneNumber: "+14155550102",
      sid: expect.stringMatching(/^PN/),
    });
    const posts = (await purchases()).filter((request) => request.method === "POST" && /IncomingPhoneNumbers\.json$/.test(request.path));
    expect(posts).toHaveLength(1);
  }, 15_000);

  it("refuses a number to buy that is not E.164, or a Messaging Service that is no SID, before any request", async () => {
    await expectRefusedBeforeAnyRequest(on, [
      ["buyPhoneNumber", { phoneNumber: "415-555-0101" }, "Phone Number"],
      ["buyPhoneNumber", { phoneNumber: "+14155550101", messagingServiceSid: "Support" }, "Messaging Service"],
    ]);
    expect(await owned()).toEqual([]);
  });
});
