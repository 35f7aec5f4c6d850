import type { NumberConfiguration } from "../../../src/client/numbers/numbers";
import type { PurchaseResult } from "../../../src/client/numbers/purchase";
import type { AvailableNumberRecord } from "../../../src/client/numbers/search";
import { InputError } from "../../../src/client/transport/errors";
import { authTokenConnection, failureOf, harness } from "../../support/harness";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

/** Numbers bought, configured and released through the component, on the sandbox Twilio (checked against Twilio's specs). */
describe("phone number actions on the sandbox", () => {
  let sandbox: TestSandbox;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ clock: { running: false }, tickMs: 0 });
  });
  afterEach(() => sandbox.close());

  const run = async <T>(key: string, inputs: Record<string, unknown>, instanceState?: Record<string, unknown>) =>
    (await harness.action(key, { twilioConnection: authTokenConnection(sandbox.url), ...inputs }, { instanceState })) as {
      data: T;
      instanceState?: Record<string, unknown>;
    };
  const owned = async () =>
    (await run<{ phoneNumbers: { phoneNumber: string }[] }>("listPhoneNumbers", {})).data.phoneNumbers.map((number) => number.phoneNumber);
  const purchases = async () =>
    ((await sandbox.control("GET", "requests", {})) as { requests?: { method: string; path: string }[] }).requests ?? [];
  const search = async (inputs: Record<string, unknown>) =>
    (await run<{ availablePhoneNumbers: AvailableNumberRecord[] }>("searchAvailablePhoneNumbers", inputs)).data.availablePhoneNumbers;

  it("a search narrows by area code and capability, with the monthly price", async () => {
    const inArea = await search({ areaCode: "415", limit: "50" });
    expect(inArea.length).toBeGreaterThan(20);
    expect(inArea.every((number) => number.phoneNumber.startsWith("+1415"))).toBe(true);
    expect(inArea[0]).toMatchObject({
      locality: "San Francisco",
      region: "CA",
      isoCountry: "US",
      monthlyPrice: { amount: "1.15", currency: "USD" },
    });
    expect(inArea.some((number) => !number.capabilities.mms)).toBe(true);

    const withMms = await search({ areaCode: "415", mmsRequired: true, smsRequired: true, limit: "50" });
    expect(withMms.length).toBeGreaterThan(0);
    expect(withMms.length).toBeLessThan(inArea.length);
    expect(withMms.every((number) => number.capabilities.mms && number.capabilities.sms)).toBe(true);

    const tollFree = await search({ numberType: "tollFree", limit: "3" });
    expect(tollFree).toHaveLength(3);
    expect(tollFree[0].monthlyPrice).toEqual({ amount: "2.15", currency: "USD" });
  });

  it("a search with a bad input fails before any request", async () => {
    const error = await failureOf(run("searchAvailablePhoneNumbers", { country: "USA" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/Input "Country"/);
  });

  it("a number bought is listed and configurable, joins and leaves a Messaging Service, and once released is gone", async () => {
    const service = (await sandbox.control("POST", "messaging-services", { FriendlyName: "Support" })) as { sid: string };
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
    const other = (await sandbox.control("POST", "messaging-services", { FriendlyName: "Other" })) as { sid: string };
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

  it("a lost purchase answer is resolved from the account's numbers, without buying twice", async () => {
    await sandbox.control("POST", "faults", {
      rules: [{ kind: "reset-after", method: "POST", path: "IncomingPhoneNumbers\\.json$", times: 1 }],
    });
    const { data } = await run<PurchaseResult>("buyPhoneNumber", { phoneNumber: "+14155550101" });
    expect(data).toMatchObject({ outcome: "bought", reconciled: true, phoneNumber: "+14155550101", sid: expect.stringMatching(/^PN/) });
    const posts = (await purchases()).filter((request) => request.method === "POST" && /IncomingPhoneNumbers\.json$/.test(request.path));
    expect(posts).toHaveLength(1);
    expect(await owned()).toEqual(["+14155550101"]);
  });

  it("an unprovable purchase says it may have been bought, and a rerun with the key buys nothing", async () => {
    await sandbox.control("POST", "faults", {
      rules: [
        { kind: "500-after", method: "POST", path: "IncomingPhoneNumbers\\.json$", times: 1 },
        { kind: "500-before", method: "GET", path: "IncomingPhoneNumbers\\.json$", times: 8 },
      ],
    });
    const first = await run<PurchaseResult>("buyPhoneNumber", { phoneNumber: "+14155550102", idempotencyKey: "customer-7-line" }, {});
    expect(first.data).toMatchObject({
      outcome: "mayHaveBeenBought",
      sid: null,
      explanation: expect.stringMatching(/may have been bought.*not bought again/),
    });
    await sandbox.control("DELETE", "faults", {});
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
});
