import { InputError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { registerSmsUrl, registerVoiceUrl, releaseSmsUrl, releaseVoiceUrl } from "../../../src/client/webhooks/numberUrlRegistration";
import { ACCOUNT_SID, authTokenConnection, failureOf } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer, twilioErrorBody } from "../../support/loopback";

const NUMBERS_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/IncomingPhoneNumbers`;
const FLOW_URL = "https://hooks.example.prismatic.io/trigger/SW5zdGFuY2VGbG93";
const CUSTOMER_SMS_URL = "https://customer.example.com/sms";
const CUSTOMER_VOICE_URL = "https://customer.example.com/voice";
const pnSid = (n: number) => `PN${String(n).padStart(32, "0")}`;

interface StoredNumber {
  sid: string;
  account_sid: string;
  phone_number: string;
  sms_url: string | null;
  sms_method: string | null;
  voice_url: string | null;
  voice_method: string | null;
  voice_application_sid: string | null;
  trunk_sid: string | null;
}

const FORM_FIELDS: Record<string, keyof StoredNumber> = {
  SmsUrl: "sms_url",
  SmsMethod: "sms_method",
  VoiceUrl: "voice_url",
  VoiceMethod: "voice_method",
};

/** An account's incoming numbers over loopback: list (PhoneNumber matches a part, as Twilio's filter does), fetch and update. */
async function startNumbersServer(numbers: StoredNumber[]): Promise<LoopbackServer> {
  return startLoopbackServer((req) => {
    if (req.method === "GET" && req.path === `${NUMBERS_PATH}.json`) {
      const wanted = req.query.get("PhoneNumber") ?? "";
      const incoming_phone_numbers = numbers.filter((number) => number.phone_number.includes(wanted));
      return { status: 200, json: { incoming_phone_numbers, next_page_uri: null, page: 0, page_size: 50, uri: `${NUMBERS_PATH}.json` } };
    }
    const number = numbers.find((candidate) => req.path === `${NUMBERS_PATH}/${candidate.sid}.json`);
    if (!number) return { status: 404, json: twilioErrorBody(20404, "The requested resource was not found", 404) };
    if (req.method === "POST") {
      for (const [field, key] of Object.entries(FORM_FIELDS)) {
        const value = req.form.get(field);
        if (value !== null) (number as unknown as Record<string, string>)[key] = value;
      }
    }
    return { status: 200, json: number };
  });
}

describe("webhook URL registration on a phone number", () => {
  let server: LoopbackServer;
  let numbers: StoredNumber[];
  const number = (n: number, fields: Partial<StoredNumber> = {}): StoredNumber => ({
    sid: pnSid(n),
    account_sid: ACCOUNT_SID,
    phone_number: `+1501712266${n}`,
    sms_url: CUSTOMER_SMS_URL,
    sms_method: "GET",
    voice_url: CUSTOMER_VOICE_URL,
    voice_method: "POST",
    voice_application_sid: null,
    trunk_sid: null,
    ...fields,
  });
  const client = () => getTwilioClient(authTokenConnection(server.url));
  const updates = () => server.requests.filter((req) => req.method === "POST");
  const serve = async (...stored: StoredNumber[]) => {
    numbers = stored;
    server = await startNumbersServer(numbers);
  };
  afterEach(() => server?.close());

  it("points the SMS URL at the flow with POST and remembers what was there", async () => {
    await serve(number(1), number(2));
    const registration = await registerSmsUrl(client(), "+15017122661", FLOW_URL);
    expect(registration).toEqual({
      phoneNumberSid: pnSid(1),
      phoneNumber: "+15017122661",
      registeredUrl: FLOW_URL,
      previousSmsUrl: CUSTOMER_SMS_URL,
      previousSmsMethod: "GET",
    });
    expect(numbers[0]).toMatchObject({ sms_url: FLOW_URL, sms_method: "POST", voice_url: CUSTOMER_VOICE_URL });
    expect(numbers[1].sms_url).toBe(CUSTOMER_SMS_URL);
  });

  it("finds a number by its SID without listing the account's numbers", async () => {
    await serve(number(1));
    await registerSmsUrl(client(), pnSid(1), FLOW_URL);
    expect(numbers[0].sms_url).toBe(FLOW_URL);
    expect(server.requests.map((req) => `${req.method} ${req.path}`)).toEqual([
      `GET ${NUMBERS_PATH}/${pnSid(1)}.json`,
      `POST ${NUMBERS_PATH}/${pnSid(1)}.json`,
    ]);
  });

  it("refuses a number the account does not have, or has only as part of a longer number, naming the input", async () => {
    await serve(number(1));
    for (const phoneNumber of ["+15550000000", "+1501712266"]) {
      const error = await failureOf(registerSmsUrl(client(), phoneNumber, FLOW_URL));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toMatch(/^Input "Phone Number to Register": expected a phone number of this Twilio account/);
    }
    expect(updates()).toHaveLength(0);
  });

  it("changes nothing when the number already points at the flow, and then does not know what was there before", async () => {
    await serve(number(1, { sms_url: FLOW_URL, sms_method: "POST" }));
    const registration = await registerSmsUrl(client(), "+15017122661", FLOW_URL);
    expect(updates()).toHaveLength(0);
    expect(registration).toMatchObject({ previousSmsUrl: null, previousSmsMethod: null });
    expect(await releaseSmsUrl(client(), registration)).toBe("previousUnknown");
    expect(numbers[0].sms_url).toBe(FLOW_URL);
  });

  it("keeps the URL from before the first registration across a redeploy", async () => {
    await serve(number(1));
    const first = await registerSmsUrl(client(), "+15017122661", FLOW_URL);
    const second = await registerSmsUrl(client(), "+15017122661", FLOW_URL, first);
    expect(second).toEqual(first);
    expect(await releaseSmsUrl(client(), second)).toBe("restored");
    expect(numbers[0]).toMatchObject({ sms_url: CUSTOMER_SMS_URL, sms_method: "GET" });
  });

  it("puts the old number back before pointing another one at the flow", async () => {
    await serve(number(1), number(2));
    const first = await registerSmsUrl(client(), "+15017122661", FLOW_URL);
    const second = await registerSmsUrl(client(), "+15017122662", FLOW_URL, first);
    expect(numbers[0]).toMatchObject({ sms_url: CUSTOMER_SMS_URL, sms_method: "GET" });
    expect(numbers[1]).toMatchObject({ sms_url: FLOW_URL, sms_method: "POST" });
    expect(second).toMatchObject({ phoneNumberSid: pnSid(2), previousSmsUrl: CUSTOMER_SMS_URL });
  });

  it("remembers an empty SMS URL as empty with POST, and puts that back", async () => {
    await serve(number(1, { sms_url: null, sms_method: null }));
    const registration = await registerSmsUrl(client(), "+15017122661", FLOW_URL);
    expect(registration).toMatchObject({ previousSmsUrl: "", previousSmsMethod: "POST" });
    expect(await releaseSmsUrl(client(), registration)).toBe("restored");
    expect(numbers[0]).toMatchObject({ sms_url: "", sms_method: "POST" });
  });

  it("leaves the number alone when someone pointed it elsewhere since", async () => {
    await serve(number(1));
    const registration = await registerSmsUrl(client(), "+15017122661", FLOW_URL);
    numbers[0].sms_url = "https://someone-else.example.com/sms";
    const before = updates().length;
    expect(await releaseSmsUrl(client(), registration)).toBe("changedSince");
    expect(updates()).toHaveLength(before);
    expect(numbers[0].sms_url).toBe("https://someone-else.example.com/sms");
  });

  it("says the number was released when Twilio no longer has it", async () => {
    await serve(number(1));
    const registration = await registerSmsUrl(client(), "+15017122661", FLOW_URL);
    numbers.splice(0);
    expect(await releaseSmsUrl(client(), registration)).toBe("numberReleased");
  });

  it("points the voice URL at the flow and puts it back, leaving the SMS URL alone", async () => {
    await serve(number(1, { voice_method: "GET" }));
    const registration = await registerVoiceUrl(client(), "+15017122661", FLOW_URL);
    expect(registration).toMatchObject({ previousVoiceUrl: CUSTOMER_VOICE_URL, previousVoiceMethod: "GET" });
    expect(numbers[0]).toMatchObject({ voice_url: FLOW_URL, voice_method: "POST", sms_url: CUSTOMER_SMS_URL });
    expect(await releaseVoiceUrl(client(), registration)).toBe("restored");
    expect(numbers[0]).toMatchObject({ voice_url: CUSTOMER_VOICE_URL, voice_method: "GET" });
  });

  it.each([
    ["a TwiML App", { voice_application_sid: `AP${"1".repeat(32)}` }, `the TwiML App AP${"1".repeat(32)} takes them`],
    ["a SIP trunk", { trunk_sid: `TK${"2".repeat(32)}` }, `the SIP trunk TK${"2".repeat(32)} takes them`],
  ])("refuses to point the calls at the flow while %s takes them, changing nothing", async (_case, owner, reason) => {
    await serve(number(1, owner));
    const error = await failureOf(registerVoiceUrl(client(), "+15017122661", FLOW_URL));
    expect(error.message).toContain(`Could not point +15017122661's calls at this flow: ${reason}`);
    expect(error.message).toContain('set "Register For" to messages only');
    expect(updates()).toHaveLength(0);
  });
});
