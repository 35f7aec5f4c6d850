import type { BulkSendResult } from "../../../src/client/messages/bulkSend";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

// The sandbox's Lookup: a number ending in 0 is a landline (9 VoIP), others mobiles; a +1 number without ten national digits is invalid.
const MOBILE = "+15558675311";
const LANDLINE = "+15017122660";
const INVALID = "+141599299600";
const OPTED_OUT = "+15005550004";
const UNCHECKABLE = "+15558675318";
const LOOKUP_PATH = "/lookups/v2/PhoneNumbers/";

const sendBulk = async (
  baseUrl: string,
  params: Record<string, unknown>,
  connection: Record<string, unknown> = {},
): Promise<BulkSendResult> =>
  (
    (await harness.action("sendBulkSMS", {
      twilioConnection: authTokenConnection(baseUrl, connection),
      from: "+15017122661",
      message: "Doors open at 7pm",
      ...params,
    })) as { data: BulkSendResult }
  ).data;

let sandbox: TestSandbox;
/** In the sandbox: the recipient who opted out is refused with 21610, and Lookup has nothing for UNCHECKABLE (20404). */
const startTwilio = async (options: Parameters<typeof startTestSandbox>[0] = {}) => {
  sandbox = await startTestSandbox({ clock: { running: false }, tickMs: 0, ...options });
  sandbox.faults.use((request) => {
    if (request.method === "POST" && request.form.get("To") === OPTED_OUT) return { kind: "refused", code: 21610 };
    if (decodeURIComponent(request.path) === `${LOOKUP_PATH}${UNCHECKABLE}`) return { kind: "refused", code: 20404 };
    return undefined;
  });
};
afterEach(() => sandbox.close());

const lookups = () =>
  sandbox.requests.filter((req) => req.method === "GET").map((req) => decodeURIComponent(req.path.slice(LOOKUP_PATH.length)));
const sends = () => sandbox.requests.filter((req) => req.method === "POST").map((req) => req.form.get("To"));

describe("sendBulkSMS with Check Line Type First, against Twilio's official spec", () => {
  it("looks each number up with Line Type Intelligence before sending", async () => {
    await startTwilio();
    const result = await sendBulk(sandbox.url, { recipients: ["+15558675312", "+15558675311"], checkLineType: true });
    expect(result.sentCount).toBe(2);
    expect(sandbox.created.map((message) => message.to).sort()).toEqual(["+15558675311", "+15558675312"]);
  });
});

describe("sendBulkSMS with Check Line Type First", () => {
  it("sends to mobiles, skips landlines, invalid and unchecked numbers with the reason, and marks opted-out recipients", async () => {
    await startTwilio();
    const { sid: messagingServiceSid } = (await sandbox.control("POST", "messaging-services", {
      AccountSid: ACCOUNT_SID,
      FriendlyName: "SMS and WhatsApp",
    })) as { sid: string };

    const result = await sendBulk(sandbox.url, {
      recipients: [MOBILE, LANDLINE, INVALID, OPTED_OUT, UNCHECKABLE, `whatsapp:${MOBILE}`, "+1 (555) 867-5311"],
      checkLineType: true,
      // A Messaging Service with senders of both channels: SMS and WhatsApp recipients in one list.
      from: "",
      messagingServiceSid,
    });

    expect(lookups().sort()).toEqual([INVALID, OPTED_OUT, LANDLINE, MOBILE, UNCHECKABLE].sort());
    expect(
      sandbox.requests.filter((req) => req.method === "GET").every((req) => req.query.get("Fields") === "line_type_intelligence"),
    ).toBe(true);
    expect(sends().sort()).toEqual([OPTED_OUT, MOBILE, `whatsapp:${MOBILE}`].sort());
    expect(result).toEqual(
      expect.objectContaining({
        status: "partially_succeeded",
        sentCount: 2,
        failedCount: 4,
        duplicatesMerged: 1,
        skippedLandlines: 1,
        skippedInvalidNumbers: 1,
        skippedLookupFailures: 1,
        optedOutCount: 1,
      }),
    );
    const [mobile, landline, invalid, optedOut, unchecked, whatsapp] = result.results;
    expect(mobile).toEqual(expect.objectContaining({ to: MOBILE, success: true, lineType: "mobile", skipped: null, optedOut: false }));
    expect(landline).toEqual({
      to: LANDLINE,
      success: false,
      outcome: "skipped",
      messageSid: null,
      messageStatus: null,
      errorCode: null,
      errorMessage: `Not sent: Twilio Lookup found ${LANDLINE} is a landline number, which cannot receive text messages.`,
      lineType: "landline",
      skipped: "landline",
      optedOut: false,
    });
    expect(invalid).toEqual(
      expect.objectContaining({
        skipped: "invalidNumber",
        errorMessage: `Not sent: Twilio Lookup found ${INVALID} is not a valid phone number (TOO_LONG).`,
      }),
    );
    expect(optedOut).toEqual(
      expect.objectContaining({
        success: false,
        optedOut: true,
        errorCode: 21610,
        lineType: "mobile",
        errorMessage: expect.stringMatching(/opted out.*START, YES or UNSTOP/),
      }),
    );
    expect(unchecked).toEqual(
      expect.objectContaining({
        skipped: "lookupFailed",
        errorCode: 20404,
        errorMessage: expect.stringMatching(/^Not sent: its line type could not be checked, and Check Line Type First is on\. /),
      }),
    );
    expect(whatsapp).toEqual(expect.objectContaining({ success: true, lineType: null, skipped: null }));
  });

  it("looks up no more numbers at a time than Concurrency", async () => {
    let maxInFlight = 0;
    // Each lookup answers 20 ms after it arrives; the lookups not answered yet (no status) are the ones in flight.
    await startTwilio({
      latencyMs: (request) => {
        if (!request.path.startsWith(LOOKUP_PATH)) return 0;
        const unanswered = sandbox.requests.filter((one) => one.path.startsWith(LOOKUP_PATH) && !one.status);
        maxInFlight = Math.max(maxInFlight, unanswered.length);
        return 20;
      },
    });
    const recipients = Array.from({ length: 10 }, (_, index) => `+1555867${String(5301 + index * 10)}`);

    const result = await sendBulk(sandbox.url, { recipients, concurrency: "3", checkLineType: true });

    expect(result.sentCount).toBe(10);
    expect(lookups()).toHaveLength(10);
    expect(maxInFlight).toBe(3);
  });

  it("stops looking up after Twilio rejects the credentials and sends nothing", async () => {
    await startTwilio();
    const recipients = Array.from({ length: 5 }, (_, index) => `+1555867${String(5301 + index * 10)}`);

    const result = await sendBulk(sandbox.url, { recipients, concurrency: "1", checkLineType: true }, { password: "not-the-auth-token" });

    expect(sandbox.requests).toHaveLength(1);
    expect(sandbox.requests[0].status).toBe(401);
    expect(result).toEqual(expect.objectContaining({ status: "failed", skippedLookupFailures: 5 }));
    expect(result.results.every((row) => row.errorCode === 20003)).toBe(true);
  });

  it("is off by default: nothing is looked up", async () => {
    await startTwilio();

    const result = await sendBulk(sandbox.url, { recipients: [MOBILE, LANDLINE] });

    expect(lookups()).toEqual([]);
    expect(result).toEqual(expect.objectContaining({ sentCount: 2, skippedLandlines: 0 }));
    expect(result.results.map((row) => row.lineType)).toEqual([null, null]);
  });
});

describe("sends to a recipient who opted out (21610)", () => {
  it("sendSMS says the recipient opted out and how they opt back in", async () => {
    await startTwilio();

    const error = await failureOf(
      harness.action("sendSMS", { twilioConnection: authTokenConnection(sandbox.url), to: OPTED_OUT, from: "+15017122661", message: "Hi" }),
    );

    expect(error.message).toMatch(/Twilio error 21610 \(HTTP 400\).*opted out.*Do not retry.*text START, YES or UNSTOP/);
    expect(sandbox.requests).toHaveLength(1);
  });

  it("sendBulkSMS marks and counts opted-out rows without checking line types", async () => {
    await startTwilio();

    const result = await sendBulk(sandbox.url, { recipients: [MOBILE, OPTED_OUT] });

    expect(result).toEqual(expect.objectContaining({ sentCount: 1, optedOutCount: 1 }));
    expect(result.results.map((row) => row.optedOut)).toEqual([false, true]);
  });
});
