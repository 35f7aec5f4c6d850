import { listPhoneNumbers, phoneNumberChoices } from "../../../src/client/phoneNumbers/phoneNumbers";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

/** The account's numbers through twilio-node's IncomingPhoneNumbers, on the sandbox (2010-04-01, spec-checked). */
describe("phone numbers", () => {
  const on = sandboxPerCase();
  beforeEach(async () => {
    await on.sandbox.control("POST", "numbers", {
      PhoneNumber: "+15017122661",
      SmsUrl: "https://hooks.example.com/sms",
      FriendlyName: "Support",
    });
    await on.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122662" });
    await on.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122663" });
  });
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));

  it("lists numbers as records, bounded, and continues from the next page", async () => {
    const first = await listPhoneNumbers(client(), { limit: 2 });
    expect(first.phoneNumbers).toHaveLength(2);
    expect(first.hasMore).toBe(true);
    const rest = await listPhoneNumbers(client(), { limit: 5, continueFrom: first.nextPageUri ?? "" });
    expect(rest).toMatchObject({ hasMore: false, nextPageUri: null });
    const all = [...first.phoneNumbers, ...rest.phoneNumbers];
    expect(all.map((number) => number.phoneNumber).sort()).toEqual(["+15017122661", "+15017122662", "+15017122663"]);
    expect(all.find((number) => number.phoneNumber === "+15017122661")).toMatchObject({
      sid: expect.stringMatching(/^PN/),
      smsUrl: "https://hooks.example.com/sms",
      smsApplicationSid: null,
      capabilities: { sms: expect.any(Boolean), mms: expect.any(Boolean), voice: expect.any(Boolean), fax: expect.any(Boolean) },
    });
  });

  it("refuses a next_page_uri of another list before any request", async () => {
    const error = await failureOf(listPhoneNumbers(client(), { limit: 5, continueFrom: "/2010-04-01/Accounts/ACx/Messages.json?Page=1" }));
    expect(error.message).toContain('Input "next_page_uri"');
    expect(on.sandbox.requests).toEqual([]);
  });

  it("offers the numbers in the picker by E.164 value, with their friendly name", async () => {
    const choices = await phoneNumberChoices(client());
    expect(choices.map((choice) => choice.key).sort()).toEqual(["+15017122661", "+15017122662", "+15017122663"]);
    expect(choices).toContainEqual({ key: "+15017122661", label: "+15017122661 (Support)" });
  });
});
