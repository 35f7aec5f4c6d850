import type { PhoneNumberList } from "../../../src/client/phoneNumbers/phoneNumbers";
import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, contractUrl, failureOf, harness } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer } from "../../support/loopback";

const NUMBERS_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/IncomingPhoneNumbers.json`;

const listPhoneNumbers = async (baseUrl: string, params: Record<string, unknown> = {}): Promise<PhoneNumberList> => {
  const { data } = (await harness.action("listPhoneNumbers", {
    twilioConnection: authTokenConnection(baseUrl),
    ...params,
  })) as { data: PhoneNumberList };
  return data;
};

describe("listPhoneNumbers against Twilio's official spec", () => {
  it("lists numbers with their capabilities and SMS URL", async () => {
    const result = await listPhoneNumbers(contractUrl());

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
  let server: LoopbackServer;
  afterEach(() => server?.close());

  const numberResource = (n: number, smsUrl: string) => ({
    sid: `PN${String(n).padStart(32, "0")}`,
    account_sid: ACCOUNT_SID,
    phone_number: `+1501712266${n}`,
    friendly_name: `Line ${n}`,
    capabilities: { sms: true, mms: n === 1, voice: true, fax: false },
    sms_url: smsUrl,
    sms_method: "POST",
    sms_fallback_url: "",
    sms_application_sid: "",
    status: "in-use",
  });

  it("asks for one page of the limit and says whether there are more", async () => {
    server = await startLoopbackServer(() => ({
      status: 200,
      json: {
        incoming_phone_numbers: [numberResource(1, "https://hooks.example.com/sms"), numberResource(2, "")],
        next_page_uri: `${NUMBERS_PATH}?PageSize=2&Page=1&PageToken=PAPN2`,
        page: 0,
        page_size: 2,
      },
    }));

    const result = await listPhoneNumbers(server.url, { limit: "2" });

    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].path).toBe(NUMBERS_PATH);
    expect(server.requests[0].query.get("PageSize")).toBe("2");
    expect(result.hasMore).toBe(true);
    expect(result.phoneNumbers).toEqual([
      {
        sid: `PN${"1".padStart(32, "0")}`,
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
        capabilities: { sms: true, mms: false, voice: true, fax: false },
      }),
    ]);
  });

  it("rejects a limit above the one maximum of every list before any request", async () => {
    server = await startLoopbackServer(() => ({ status: 500 }));

    const error = await failureOf(listPhoneNumbers(server.url, { limit: "10001" }));

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/Input "Limit": expected a whole number from 1 to 10000/);
    expect(server.requests).toHaveLength(0);
  });

  it("continues from the nextPageUri of an earlier result, asking for the limit's page size", async () => {
    const nextPageUri = `${NUMBERS_PATH}?PageSize=2&Page=1&PageToken=PAPN2`;
    server = await startLoopbackServer(() => ({
      status: 200,
      json: { incoming_phone_numbers: [numberResource(3, "")], next_page_uri: null, page: 1, page_size: 2 },
    }));

    const result = await listPhoneNumbers(server.url, { limit: "2", continueFrom: nextPageUri });

    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].path).toBe(NUMBERS_PATH);
    expect(server.requests[0].query.get("PageToken")).toBe("PAPN2");
    expect(result.phoneNumbers.map((number) => number.phoneNumber)).toEqual(["+15017122663"]);
    expect(result).toMatchObject({ nextPageUri: null, hasMore: false });
  });

  it("refuses a Continue From that is not this account's phone number list, before any request", async () => {
    server = await startLoopbackServer(() => ({ status: 500 }));

    const error = await failureOf(
      listPhoneNumbers(server.url, { continueFrom: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json?Page=1` }),
    );

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/Input "Continue From"/);
    expect(server.requests).toHaveLength(0);
  });
});
