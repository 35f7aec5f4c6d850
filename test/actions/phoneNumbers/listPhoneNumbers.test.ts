import type { PhoneNumberList } from "../../../src/client/phoneNumbers/phoneNumbers";
import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { sharedSandbox } from "../../support/sandbox";
import { actionsPerCase } from "../support";

const NUMBERS_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/IncomingPhoneNumbers.json`;

const listPhoneNumbers = async (baseUrl: string, params: Record<string, unknown> = {}): Promise<PhoneNumberList> => {
  const { data } = (await harness.action("listPhoneNumbers", {
    twilioConnection: authTokenConnection(baseUrl),
    ...params,
  })) as { data: PhoneNumberList };
  return data;
};

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const shared = sharedSandbox({ clock: { running: true } });
beforeAll(async () => {
  await shared.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122661", SmsUrl: "https://hooks.example.com/sms" });
});

describe("listPhoneNumbers against Twilio's official spec", () => {
  it("lists numbers with their capabilities and SMS URL", async () => {
    const result = await listPhoneNumbers(shared.sandbox.url);

    expect(result.phoneNumbers.length).toBeGreaterThan(0);
    expect(result.phoneNumbers[0]).toEqual(
      expect.objectContaining({
        sid: expect.stringMatching(/^PN/),
        phoneNumber: expect.stringMatching(/^\+\d+$/),
        capabilities: {
          sms: expect.any(Boolean),
          mms: expect.any(Boolean),
          voice: expect.any(Boolean),
          fax: expect.any(Boolean),
        },
      }),
    );
    expect(result.hasMore).toBe(false);
  });
});

describe("listPhoneNumbers", () => {
  const on = actionsPerCase();
  /** Three numbers of the account's, as the sandbox keeps them: the first with an SMS URL. */
  let numbers: { sid: string }[];
  beforeEach(async () => {
    numbers = [];
    for (const n of [1, 2, 3]) {
      const smsUrl = n === 1 ? { SmsUrl: "https://hooks.example.com/sms" } : {};
      numbers.push(
        (await on.sandbox.control("POST", "numbers", { PhoneNumber: `+1501712266${n}`, FriendlyName: `Line ${n}`, ...smsUrl })) as {
          sid: string;
        },
      );
    }
  });

  it("asks for one page of the limit and says whether there are more", async () => {
    const result = await listPhoneNumbers(on.sandbox.url, { limit: "2" });

    expect(on.sandbox.requests).toHaveLength(1);
    expect(on.sandbox.requests[0].path).toBe(NUMBERS_PATH);
    expect(on.sandbox.requests[0].query.get("PageSize")).toBe("2");
    expect(result.hasMore).toBe(true);
    // The sandbox answers every number as voice, SMS and MMS capable.
    expect(result.phoneNumbers).toEqual([
      {
        sid: numbers[0].sid,
        phoneNumber: "+15017122661",
        friendlyName: "Line 1",
        capabilities: { sms: true, mms: true, voice: true, fax: false },
        smsUrl: "https://hooks.example.com/sms",
        smsMethod: "POST",
        smsFallbackUrl: null,
        smsApplicationSid: null,
        status: "in-use",
      },
      expect.objectContaining({
        phoneNumber: "+15017122662",
        smsUrl: null,
        capabilities: { sms: true, mms: true, voice: true, fax: false },
      }),
    ]);
  });

  it("rejects a limit above the one maximum of every list before any request", async () => {
    const error = await failureOf(listPhoneNumbers(on.sandbox.url, { limit: "10001" }));

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/Input "Limit": expected a whole number from 1 to 10000/);
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("continues from the nextPageUri of an earlier result, asking for the limit's page size", async () => {
    const nextPageUri = `${NUMBERS_PATH}?PageSize=2&Page=1&PageToken=PA${numbers[1].sid}`;

    const result = await listPhoneNumbers(on.sandbox.url, { limit: "2", continueFrom: nextPageUri });

    expect(on.sandbox.requests).toHaveLength(1);
    expect(on.sandbox.requests[0].path).toBe(NUMBERS_PATH);
    expect(on.sandbox.requests[0].query.get("PageToken")).toBe(`PA${numbers[1].sid}`);
    expect(result.phoneNumbers.map((number) => number.phoneNumber)).toEqual(["+15017122663"]);
    expect(result).toMatchObject({ nextPageUri: null, hasMore: false });
  });

  it("refuses a Continue From that is not this account's phone number list, before any request", async () => {
    const error = await failureOf(
      listPhoneNumbers(on.sandbox.url, { continueFrom: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json?Page=1` }),
    );

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /Input "Continue From": expected the nextPageUri of an earlier List Phone Numbers result for this account \(starting with /,
    );
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
