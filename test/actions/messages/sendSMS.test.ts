import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { useFakeClock } from "../../support/fakeClock";
import {
  ACCOUNT_SID,
  API_KEY,
  API_SECRET,
  AUTH_TOKEN,
  apiKeyConnection,
  authTokenConnection,
  failureOf,
  harness,
} from "../../support/harness";
import { sharedSandbox } from "../../support/sandbox";
import { actionsPerCase } from "../support";
import { withTestCredentials } from "./support";

const MESSAGING_SERVICE_SID = `MG${"0123456789abcdef".repeat(2)}`;
const CONTENT_SID = `HX${"0123456789abcdef".repeat(2)}`;
const MESSAGES_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`;

const sendSMS = (baseUrl: string, params: Record<string, unknown>) =>
  harness.action("sendSMS", {
    twilioConnection: authTokenConnection(baseUrl),
    to: "+15558675310",
    from: "+15017122661",
    message: "Hello",
    ...params,
  });

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const shared = sharedSandbox({ clock: { running: true } });

describe("sendSMS against Twilio's official spec", () => {
  it.each([
    ["an E.164 number", { from: "+15017122661" }],
    ["a short code", { from: "898211" }],
    ["an alphanumeric sender ID", { from: "Acme Store" }],
    ["a WhatsApp sender", { to: "whatsapp:+15558675310", from: "whatsapp:+15017122661" }],
    ["a Messaging Service SID in From", { from: MESSAGING_SERVICE_SID }],
    ["the Messaging Service input", { from: "", messagingServiceSid: MESSAGING_SERVICE_SID }],
  ])("sends from %s", async (_name, params) => {
    const { data } = (await sendSMS(shared.sandbox.url, params)) as { data: Record<string, unknown> };
    expect(data.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(data.accountSid).toMatch(/^AC/);
  });

  it("sends MMS, a content template, a schedule and every optional field the spec allows", async () => {
    const sendAt = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const { data } = (await sendSMS(shared.sandbox.url, {
      from: "",
      messagingServiceSid: MESSAGING_SERVICE_SID,
      mediaUrls: ["https://demo.twilio.com/owl.png", "https://demo.twilio.com/logo.png"],
      contentSid: CONTENT_SID,
      contentVariables: '{"1": "Jane"}',
      statusCallback: "https://hooks.example.com/status",
      sendAt,
      validityPeriod: "600",
      shortenUrls: "true",
    })) as { data: Record<string, unknown> };
    expect(data.sid).toBeDefined();
  });

  it("works with the API Key connection too", async () => {
    const { data } = (await harness.action("sendSMS", {
      twilioConnection: apiKeyConnection(shared.sandbox.url),
      to: "+15558675310",
      from: "+15017122661",
      message: "Hello",
    })) as { data: Record<string, unknown> };
    expect(data.sid).toBeDefined();
  });
});

describe("sendSMS request details", () => {
  useFakeClock();
  const on = actionsPerCase();
  const posts = () => on.sandbox.requests.filter((request) => request.method === "POST");

  const sendWithTestCredentials = (to: string) =>
    on.run("sendSMS", { to, from: "+15005550006", message: "Hello" }, withTestCredentials(on));

  it("sends exactly the form fields Twilio documents, with Basic auth from the connection", async () => {
    const sendAt = new Date(Math.floor(Date.now() / 1000) * 1000 + 2 * 24 * 60 * 60 * 1000);
    const data = await on.run("sendSMS", {
      to: "+1 (555) 867-5310",
      from: MESSAGING_SERVICE_SID,
      message: "Hello",
      mediaUrls: "https://a.example/1.png, https://a.example/2.png",
      statusCallback: "https://hooks.example.com/status",
      sendAt: sendAt.toISOString(),
      validityPeriod: "120",
      shortenUrls: true,
    });
    const [request] = on.sandbox.requests;
    expect(request.method).toBe("POST");
    expect(request.path).toBe(MESSAGES_PATH);
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}`);
    expect(request.form.get("To")).toBe("+15558675310");
    expect(request.form.get("From")).toBeNull();
    expect(request.form.get("MessagingServiceSid")).toBe(MESSAGING_SERVICE_SID);
    expect(request.form.getAll("MediaUrl")).toEqual(["https://a.example/1.png", "https://a.example/2.png"]);
    expect(request.form.get("ScheduleType")).toBe("fixed");
    expect(new Date(request.form.get("SendAt") as string).getTime()).toBe(sendAt.getTime());
    expect(request.form.get("ValidityPeriod")).toBe("120");
    expect(request.form.get("ShortenUrls")).toBe("true");
    expect(request.form.get("StatusCallback")).toBe("https://hooks.example.com/status");
    expect(on.sandbox.created.find((message) => message.sid === data.sid)).toMatchObject({ status: "scheduled", sendAt: sendAt.getTime() });
  });

  it("authenticates an API Key connection as the key, for the account in the path", async () => {
    await harness.action("sendSMS", {
      twilioConnection: apiKeyConnection(on.sandbox.url),
      to: "+15558675310",
      from: "+15017122661",
      message: "Hi",
    });
    expect(on.sandbox.requests[0].path).toBe(MESSAGES_PATH);
    expect(on.sandbox.requests[0].headers.authorization).toBe(`Basic ${Buffer.from(`${API_KEY}:${API_SECRET}`).toString("base64")}`);
  });

  it("retries a 429, which Twilio did not process, and sends once", async () => {
    on.sandbox.faults.set([{ kind: "429", method: "POST", times: 1 }]);
    const { data } = (await sendSMS(on.sandbox.url, {})) as { data: Record<string, unknown> };
    expect(data.sid).toBeDefined();
    expect(on.sandbox.requests).toHaveLength(2);
    expect(on.sandbox.created.map((message) => message.sid)).toEqual([data.sid]);
  });

  it("does not resend after a 500: Twilio may have accepted the message", async () => {
    on.sandbox.faults.set([{ kind: "500-after" }]);
    const error = await failureOf(sendSMS(on.sandbox.url, {}));
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toContain("HTTP 500");
    expect(posts()).toHaveLength(1);
    expect(on.sandbox.created).toHaveLength(1);
  });

  it("does not resend after a dropped connection", async () => {
    on.sandbox.faults.set([{ kind: "reset-after" }]);
    const error = await failureOf(sendSMS(on.sandbox.url, {}));
    expect(error.message).toMatch(/check the message log before resending/);
    expect(posts()).toHaveLength(1);
    expect(on.sandbox.created).toHaveLength(1);
  });

  it("maps Twilio's error body to the message a builder sees", async () => {
    const error = (await failureOf(sendWithTestCredentials("+15005550001"))) as TwilioApiError;
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toBe(
      "Twilio error 21211 (HTTP 400): Invalid 'To' Phone Number: +15005550001 Check the \"To\" input: it must be a valid phone number in E.164 format, such as +15558675310. More info: https://www.twilio.com/docs/errors/21211",
    );
    expect(error.details).toMatchObject({ code: 21211, status: 400, moreInfo: "https://www.twilio.com/docs/errors/21211" });
  });

  it("explains an opted-out recipient instead of inviting a retry", async () => {
    const error = await failureOf(sendWithTestCredentials("+15005550004"));
    expect(error.message).toContain("Attempt to send to unsubscribed recipient");
    expect(error.message).toContain("Do not retry");
  });
});

describe("sendSMS rejects bad input before sending", () => {
  const on = actionsPerCase();
  afterEach(() => expect(on.sandbox.requests).toHaveLength(0));

  const future = (minutes: number) => new Date(Date.now() + minutes * 60 * 1000).toISOString();

  it.each([
    ["a missing To", { to: "" }, /Input "To": expected a phone number in E.164 format/],
    ["a To without country code", { to: "5558675310" }, /Input "To".*got "5558675310"/],
    ["a To with letters", { to: "+1555CALLNOW" }, /Input "To"/],
    ["a WhatsApp To that is no number", { to: "whatsapp:jane" }, /Input "To"/],
    [
      "a From that is nothing Twilio can send from",
      { from: "Acme Store Deliveries" },
      /Input "From": expected an E.164 phone number .* short code .* alphanumeric sender ID/,
    ],
    ["no sender at all", { from: "" }, /Input "From": expected a sender: set From or Messaging Service SID/],
    ["no body, media or template", { message: "" }, /Input "Message": expected a body, Media URLs or a Content Template SID/],
    [
      "a body over 1600 characters",
      { message: "x".repeat(1601) },
      /Input "Message": expected at most 1600 characters, got "1601 characters"/,
    ],
    [
      "a malformed Messaging Service SID",
      { messagingServiceSid: "MG123" },
      /Input "Messaging Service SID": expected a Messaging Service SID/,
    ],
    [
      "more than 10 media URLs",
      { mediaUrls: Array.from({ length: 11 }, (_, i) => `https://a.example/${i}.png`) },
      /Input "Media URLs": expected at most 10 URLs/,
    ],
    ["a media URL that is not a URL", { mediaUrls: ["owl.png"] }, /Input "Media URLs": expected an absolute http\(s\) URL/],
    ["a malformed content template SID", { contentSid: "HX1" }, /Input "Content Template SID"/],
    [
      "content variables that are not a JSON object",
      { contentSid: CONTENT_SID, contentVariables: "[1,2]" },
      /Input "Content Variables": expected a JSON object/,
    ],
    [
      "content variables without a template",
      { contentVariables: '{"1":"a"}' },
      /Input "Content Variables": expected a Content Template SID as well/,
    ],
    ["a status callback that is not a URL", { statusCallback: "hooks.example.com" }, /Input "Status Callback URL"/],
    [
      "a send time that is not a date",
      { messagingServiceSid: MESSAGING_SERVICE_SID, sendAt: "tomorrow" },
      /Input "Send At": expected an ISO 8601 date/,
    ],
    ["a schedule without a Messaging Service", { sendAt: future(60) }, /Input "Send At": expected a Messaging Service SID as well/],
    [
      "a schedule under 5 minutes ahead",
      { messagingServiceSid: MESSAGING_SERVICE_SID, sendAt: future(3) },
      /Input "Send At": expected a time more than 5 minutes and at most 35 days from now/,
    ],
    ["a schedule over 35 days ahead", { messagingServiceSid: MESSAGING_SERVICE_SID, sendAt: future(36 * 24 * 60) }, /Input "Send At"/],
    [
      "a validity period out of range",
      { validityPeriod: "36001" },
      /Input "Validity Period \(seconds\)": expected a whole number from 1 to 36000/,
    ],
    ["a validity period that is not a number", { validityPeriod: "ten" }, /Input "Validity Period \(seconds\)"/],
    [
      "shortened URLs without a Messaging Service",
      { shortenUrls: "true" },
      /Input "Shorten URLs": expected a Messaging Service SID as well/,
    ],
    ["a Shorten URLs value that is not a boolean", { shortenUrls: "yes please" }, /Input "Shorten URLs": expected true or false/],
  ])("rejects %s", async (_name, params, message) => {
    const error = await failureOf(sendSMS(on.sandbox.url, params));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
  });
});
