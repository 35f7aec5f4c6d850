import { InputError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import {
  registerSmsUrl,
  registerVoiceUrl,
  releaseSmsUrl,
  releaseVoiceUrl,
  VoiceUrlIgnoredError,
} from "../../../src/client/webhooks/numberUrlRegistration";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

const NUMBERS_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/IncomingPhoneNumbers`;
const FLOW_URL = "https://hooks.example.prismatic.io/trigger/SW5zdGFuY2VGbG93";
const CUSTOMER_SMS_URL = "https://customer.example.com/sms";
const CUSTOMER_VOICE_URL = "https://customer.example.com/voice";

/** A number's settings as Twilio answers them. */
interface NumberSettings {
  sid: string;
  sms_url: string | null;
  sms_method: string | null;
  voice_url: string | null;
  voice_method: string | null;
}

/** Incoming numbers the sandbox keeps for the account: list (PhoneNumber matches a part, as Twilio's filter does), fetch and update. */
describe("webhook URL registration on a phone number", () => {
  const on = sandboxPerCase();

  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const updates = () => on.sandbox.requests.filter((req) => req.method === "POST");
  const twilio = (method: string, sid: string, form?: Record<string, string>) =>
    fetch(`${on.sandbox.url}${NUMBERS_PATH}/${sid}.json`, {
      method,
      headers: { Authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
      body: form && new URLSearchParams(form),
    });
  /** Numbers +1501712266n, with the customer's URLs unless `fields` says otherwise; their SIDs. */
  const serve = async (...numbers: Array<[n: number, fields?: Record<string, string | undefined>]>) => {
    const sids: string[] = [];
    for (const [n, fields] of numbers) {
      const settings = { SmsUrl: CUSTOMER_SMS_URL, SmsMethod: "GET", VoiceUrl: CUSTOMER_VOICE_URL, VoiceMethod: "POST", ...fields };
      const defined = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
      sids.push(
        (
          (await on.sandbox.control("POST", "numbers", { AccountSid: ACCOUNT_SID, PhoneNumber: `+1501712266${n}`, ...defined })) as {
            sid: string;
          }
        ).sid,
      );
    }
    on.sandbox.requests.length = 0;
    return sids;
  };
  /** What the sandbox keeps for the number now, read without adding to the requests the test counts. */
  const kept = async (sid: string): Promise<NumberSettings> => {
    const answer = await twilio("GET", sid);
    on.sandbox.requests.pop();
    return (await answer.json()) as NumberSettings;
  };

  it("points the SMS URL at the flow with POST and remembers what was there", async () => {
    const [first, second] = await serve([1], [2]);
    const registration = await registerSmsUrl(client(), "+15017122661", FLOW_URL);
    expect(registration).toEqual({
      phoneNumberSid: first,
      phoneNumber: "+15017122661",
      registeredUrl: FLOW_URL,
      previousSmsUrl: CUSTOMER_SMS_URL,
      previousSmsMethod: "GET",
    });
    expect(await kept(first)).toMatchObject({ sms_url: FLOW_URL, sms_method: "POST", voice_url: CUSTOMER_VOICE_URL });
    expect((await kept(second)).sms_url).toBe(CUSTOMER_SMS_URL);
  });

  it("finds a number by its SID without listing the account's numbers", async () => {
    const [sid] = await serve([1]);
    await registerSmsUrl(client(), sid, FLOW_URL);
    expect(on.sandbox.requests.map((req) => `${req.method} ${req.path}`)).toEqual([
      `GET ${NUMBERS_PATH}/${sid}.json`,
      `POST ${NUMBERS_PATH}/${sid}.json`,
    ]);
    expect((await kept(sid)).sms_url).toBe(FLOW_URL);
  });

  it("refuses a number the account does not have, or has only as part of a longer number, as its PhoneNumber", async () => {
    await serve([1]);
    for (const phoneNumber of ["+15550000000", "+1501712266"]) {
      const error = await failureOf(registerSmsUrl(client(), phoneNumber, FLOW_URL));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toMatch(/^Input "PhoneNumber": expected a phone number of this Twilio account/);
    }
    expect(updates()).toHaveLength(0);
  });

  it("changes nothing when the number already points at the flow, and then does not know what was there before", async () => {
    const [sid] = await serve([1, { SmsUrl: FLOW_URL, SmsMethod: "POST" }]);
    const registration = await registerSmsUrl(client(), "+15017122661", FLOW_URL);
    expect(updates()).toHaveLength(0);
    expect(registration).toMatchObject({ previousSmsUrl: null, previousSmsMethod: null });
    expect(await releaseSmsUrl(client(), registration)).toBe("previousUnknown");
    expect((await kept(sid)).sms_url).toBe(FLOW_URL);
  });

  it("keeps the URL from before the first registration across a redeploy", async () => {
    const [sid] = await serve([1]);
    const first = await registerSmsUrl(client(), "+15017122661", FLOW_URL);
    const second = await registerSmsUrl(client(), "+15017122661", FLOW_URL, first);
    expect(second).toEqual(first);
    expect(await releaseSmsUrl(client(), second)).toBe("restored");
    expect(await kept(sid)).toMatchObject({ sms_url: CUSTOMER_SMS_URL, sms_method: "GET" });
  });

  it("puts the old number back before pointing another one at the flow", async () => {
    const [firstSid, secondSid] = await serve([1], [2]);
    const first = await registerSmsUrl(client(), "+15017122661", FLOW_URL);
    const second = await registerSmsUrl(client(), "+15017122662", FLOW_URL, first);
    expect(await kept(firstSid)).toMatchObject({ sms_url: CUSTOMER_SMS_URL, sms_method: "GET" });
    expect(await kept(secondSid)).toMatchObject({ sms_url: FLOW_URL, sms_method: "POST" });
    expect(second).toMatchObject({ phoneNumberSid: secondSid, previousSmsUrl: CUSTOMER_SMS_URL });
  });

  it("remembers an empty SMS URL as empty with POST, and puts that back", async () => {
    const [sid] = await serve([1, { SmsUrl: undefined, SmsMethod: undefined }]);
    const registration = await registerSmsUrl(client(), "+15017122661", FLOW_URL);
    expect(registration).toMatchObject({ previousSmsUrl: "", previousSmsMethod: "POST" });
    expect(await releaseSmsUrl(client(), registration)).toBe("restored");
    expect(await kept(sid)).toMatchObject({ sms_url: "", sms_method: "POST" });
  });

  it("leaves the number alone when someone pointed it elsewhere since", async () => {
    const [sid] = await serve([1]);
    const registration = await registerSmsUrl(client(), "+15017122661", FLOW_URL);
    await twilio("POST", sid, { SmsUrl: "https://someone-else.example.com/sms" });
    const before = updates().length;
    expect(await releaseSmsUrl(client(), registration)).toBe("changedSince");
    expect(updates()).toHaveLength(before);
    expect((await kept(sid)).sms_url).toBe("https://someone-else.example.com/sms");
  });

  it("says the number was released when Twilio no longer has it", async () => {
    const [sid] = await serve([1]);
    const registration = await registerSmsUrl(client(), "+15017122661", FLOW_URL);
    expect((await twilio("DELETE", sid)).status).toBe(204);
    expect(await releaseSmsUrl(client(), registration)).toBe("numberReleased");
  });

  it("points the voice URL at the flow and puts it back, leaving the SMS URL alone", async () => {
    const [sid] = await serve([1, { VoiceMethod: "GET" }]);
    const registration = await registerVoiceUrl(client(), "+15017122661", FLOW_URL);
    expect(registration).toMatchObject({ previousVoiceUrl: CUSTOMER_VOICE_URL, previousVoiceMethod: "GET" });
    expect(await kept(sid)).toMatchObject({ voice_url: FLOW_URL, voice_method: "POST", sms_url: CUSTOMER_SMS_URL });
    expect(await releaseVoiceUrl(client(), registration)).toBe("restored");
    expect(await kept(sid)).toMatchObject({ voice_url: CUSTOMER_VOICE_URL, voice_method: "GET" });
  });

  it.each([
    ["a TwiML App", { VoiceApplicationSid: `AP${"1".repeat(32)}` }, `the TwiML App AP${"1".repeat(32)} takes them`],
    ["a SIP trunk", { TrunkSid: `TK${"2".repeat(32)}` }, `the SIP trunk TK${"2".repeat(32)} takes them`],
  ])("refuses to point the calls at the flow while %s takes them, changing nothing", async (_case, owner, reason) => {
    await serve([1, owner]);
    const error = await failureOf(registerVoiceUrl(client(), "+15017122661", FLOW_URL));
    expect(error.message).toContain(`Could not point +15017122661's calls at this flow: ${reason}`);
    expect(error).toBeInstanceOf(VoiceUrlIgnoredError);
    expect(error.message).toMatch(/Remove it from the number's voice configuration at Twilio\.$/);
    expect(updates()).toHaveLength(0);
  });
});
