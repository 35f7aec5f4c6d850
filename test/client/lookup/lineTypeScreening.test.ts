import type { BulkSendResult } from "../../../src/client/messages/bulkSend";
import { authTokenConnection, failureOf, harness } from "../../support/harness";
import {
  createdMessageBody,
  type IncomingRequest,
  type LoopbackServer,
  startLoopbackServer,
  twilioErrorBody,
} from "../../support/loopback";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

const MOBILE = "+15558675310";
const LANDLINE = "+15017122662";
const INVALID = "+141599299600";
const OPTED_OUT = "+15005550004";
const UNCHECKABLE = "+15558675399";
const LOOKUP_PATH = "/lookups/v2/PhoneNumbers/";

const sendBulk = async (baseUrl: string, params: Record<string, unknown>): Promise<BulkSendResult> =>
  (
    (await harness.action("sendBulkSMS", {
      twilioConnection: authTokenConnection(baseUrl),
      from: "+15017122661",
      message: "Doors open at 7pm",
      ...params,
    })) as { data: BulkSendResult }
  ).data;

function lookupAnswer(number: string) {
  const lineType = number === LANDLINE ? "landline" : "mobile";
  const valid = number !== INVALID;
  return {
    phone_number: number,
    country_code: valid ? "US" : null,
    valid,
    validation_errors: valid ? null : ["TOO_LONG"],
    line_type_intelligence: valid ? { type: lineType, carrier_name: "Carrier", error_code: null } : null,
  };
}

/** A small Twilio with one number of each kind; a number refused for opting out answers 21610. */
function twilio(req: IncomingRequest) {
  if (req.method === "GET" && req.path.startsWith(LOOKUP_PATH)) {
    const number = decodeURIComponent(req.path.slice(LOOKUP_PATH.length));
    if (number === UNCHECKABLE) return { status: 404, json: twilioErrorBody(20404, "The requested resource was not found", 404) };
    return { status: 200, json: lookupAnswer(number) };
  }
  if (req.form.get("To") === OPTED_OUT)
    return { status: 400, json: twilioErrorBody(21610, "Attempt to send to unsubscribed recipient", 400) };
  return { status: 201, json: createdMessageBody(req.form) };
}

const lookups = (server: LoopbackServer) =>
  server.requests.filter((req) => req.method === "GET").map((req) => decodeURIComponent(req.path.slice(LOOKUP_PATH.length)));
const sends = (server: LoopbackServer) => server.requests.filter((req) => req.method === "POST").map((req) => req.form.get("To"));

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

describe("sendBulkSMS with Check Line Type First, against Twilio's official spec", () => {
  it("looks each number up with Line Type Intelligence before sending", async () => {
    // The sandbox's Lookup makes a number ending in 0 a landline (and 9 VoIP): these two are mobiles.
    const result = await sendBulk(sandbox.url, { recipients: ["+15558675312", "+15558675311"], checkLineType: true });
    expect(result.sentCount).toBe(2);
    expect(sandbox.created.map((message) => message.to).sort()).toEqual(["+15558675311", "+15558675312"]);
  });
});

describe("sendBulkSMS with Check Line Type First", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());

  it("sends to mobiles, skips landlines, invalid and unchecked numbers with the reason, and marks opted-out recipients", async () => {
    server = await startLoopbackServer(twilio);

    const result = await sendBulk(server.url, {
      recipients: [MOBILE, LANDLINE, INVALID, OPTED_OUT, UNCHECKABLE, "whatsapp:+15558675310", "+1 (555) 867-5310"],
      checkLineType: true,
      // A Messaging Service with senders of both channels: SMS and WhatsApp recipients in one list.
      from: "",
      messagingServiceSid: `MG${"5".repeat(32)}`,
    });

    expect(lookups(server).sort()).toEqual([INVALID, OPTED_OUT, LANDLINE, MOBILE, UNCHECKABLE].sort());
    expect(server.requests.filter((req) => req.method === "GET").every((req) => req.query.get("Fields") === "line_type_intelligence")).toBe(
      true,
    );
    expect(sends(server).sort()).toEqual([OPTED_OUT, MOBILE, "whatsapp:+15558675310"].sort());
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
        errorMessage: expect.stringMatching(/^Not sent: its line type could not be checked/),
      }),
    );
    expect(whatsapp).toEqual(expect.objectContaining({ success: true, lineType: null, skipped: null }));
  });

  it("looks up no more numbers at a time than Concurrency", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    server = await startLoopbackServer(async (req) => {
      if (req.method !== "GET") return twilio(req);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inFlight--;
      return twilio(req);
    });
    const recipients = Array.from({ length: 10 }, (_, index) => `+1555867${String(5300 + index)}`);

    const result = await sendBulk(server.url, { recipients, concurrency: "3", checkLineType: true });

    expect(result.sentCount).toBe(10);
    expect(lookups(server)).toHaveLength(10);
    expect(maxInFlight).toBe(3);
  });

  it("stops looking up after Twilio rejects the credentials and sends nothing", async () => {
    server = await startLoopbackServer(() => ({ status: 401, json: twilioErrorBody(20003, "Authenticate", 401) }));
    const recipients = Array.from({ length: 5 }, (_, index) => `+1555867${String(5300 + index)}`);

    const result = await sendBulk(server.url, { recipients, concurrency: "1", checkLineType: true });

    expect(server.requests).toHaveLength(1);
    expect(result).toEqual(expect.objectContaining({ status: "failed", skippedLookupFailures: 5 }));
    expect(result.results.every((row) => row.errorCode === 20003)).toBe(true);
  });

  it("is off by default: nothing is looked up", async () => {
    server = await startLoopbackServer(twilio);

    const result = await sendBulk(server.url, { recipients: [MOBILE, LANDLINE] });

    expect(lookups(server)).toEqual([]);
    expect(result).toEqual(expect.objectContaining({ sentCount: 2, skippedLandlines: 0 }));
    expect(result.results.map((row) => row.lineType)).toEqual([null, null]);
  });
});

describe("sends to a recipient who opted out (21610)", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());

  it("sendSMS says the recipient opted out and how they opt back in", async () => {
    server = await startLoopbackServer(twilio);

    const error = await failureOf(
      harness.action("sendSMS", { twilioConnection: authTokenConnection(server.url), to: OPTED_OUT, from: "+15017122661", message: "Hi" }),
    );

    expect(error.message).toMatch(/Twilio error 21610 \(HTTP 400\).*opted out.*Do not retry.*text START, YES or UNSTOP/);
    expect(server.requests).toHaveLength(1);
  });

  it("sendBulkSMS marks and counts opted-out rows without checking line types", async () => {
    server = await startLoopbackServer(twilio);

    const result = await sendBulk(server.url, { recipients: [MOBILE, OPTED_OUT] });

    expect(result).toEqual(expect.objectContaining({ sentCount: 1, optedOutCount: 1 }));
    expect(result.results.map((row) => row.optedOut)).toEqual([false, true]);
  });
});
