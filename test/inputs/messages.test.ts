import {
  contentSid,
  from,
  MAX_BODY_LENGTH,
  MAX_MEDIA_URLS,
  mediaUrls,
  message,
  messageSid,
  messagingServiceSid,
  sendAt,
  shortenUrls,
  statusCallback,
  to,
  toMessageContent,
  validityPeriod,
} from "../../src/inputs/messages";
import { refusal } from "../support/refusal";

const SERVICE = `MG${"0123456789abcdef".repeat(2)}`;
const TEMPLATE = `HX${"0123456789abcdef".repeat(2)}`;

describe("message inputs", () => {
  it("To: an E.164 number or a channel address, spaces and punctuation removed; a national number waits for the country code", () => {
    expect(to.clean?.("+1 (555) 867-5310")).toBe("+15558675310");
    expect(to.clean?.("whatsapp:+15558675310")).toBe("whatsapp:+15558675310");
    expect(to.clean?.("555 867 5310")).toBe("555 867 5310");
    expect(refusal(() => to.clean?.(""))).toMatch(/^Input "To": expected /);
    expect(refusal(() => to.clean?.("call me"))).toMatch(/^Input "To": expected /);
  });

  it("From: a number, short code, alphanumeric ID, channel sender or Messaging Service SID; nothing when empty", () => {
    expect(from.clean?.("+15017122661")).toEqual({ from: "+15017122661" });
    expect(from.clean?.("12345")).toEqual({ from: "12345" });
    expect(from.clean?.("AcmeCo")).toEqual({ from: "AcmeCo" });
    expect(from.clean?.(SERVICE)).toEqual({ messagingServiceSid: SERVICE });
    expect(from.clean?.("")).toBeUndefined();
    expect(refusal(() => from.clean?.("Acme Corporation Inc"))).toMatch(/^Input "From": expected an E\.164 phone number/);
  });

  it(`Message: kept as typed up to ${MAX_BODY_LENGTH} characters; blank is no body`, () => {
    expect(message.clean?.("  Hello  ")).toBe("  Hello  ");
    expect(message.clean?.("   ")).toBeUndefined();
    expect(message.clean?.(undefined)).toBeUndefined();
    expect(message.clean?.("x".repeat(MAX_BODY_LENGTH))).toHaveLength(MAX_BODY_LENGTH);
    expect(refusal(() => message.clean?.("x".repeat(MAX_BODY_LENGTH + 1)))).toBe(
      `Input "Message": expected at most ${MAX_BODY_LENGTH} characters, got "${MAX_BODY_LENGTH + 1} characters".`,
    );
  });

  it("SIDs: Messaging Service, Content Template and Message SIDs by their patterns", () => {
    expect(messagingServiceSid.clean?.(SERVICE)).toBe(SERVICE);
    expect(messagingServiceSid.clean?.("")).toBeUndefined();
    expect(refusal(() => messagingServiceSid.clean?.("MG123"))).toMatch(/^Input "Messaging Service SID": expected a Messaging Service SID/);
    expect(contentSid.clean?.(TEMPLATE)).toBe(TEMPLATE);
    expect(refusal(() => contentSid.clean?.("HX../.."))).toMatch(/^Input "Content Template SID"/);
    expect(messageSid.clean?.(` SM${"a".repeat(32)} `)).toBe(`SM${"a".repeat(32)}`);
    expect(messageSid.clean?.(`MM${"a".repeat(32)}`)).toBe(`MM${"a".repeat(32)}`);
    expect(refusal(() => messageSid.clean?.(""))).toMatch(/^Input "Message SID": expected a message SID: "SM" or "MM"/);
    expect(refusal(() => messageSid.clean?.(`CA${"a".repeat(32)}`))).toMatch(/^Input "Message SID"/);
  });

  it(`Media URLs: up to ${MAX_MEDIA_URLS} http(s) URLs`, () => {
    expect(mediaUrls.clean?.(["https://demo.twilio.com/owl.png"])).toEqual(["https://demo.twilio.com/owl.png"]);
    expect(refusal(() => mediaUrls.clean?.(["not a url"]))).toMatch(/^Input "Media URLs"/);
    const many = Array.from({ length: MAX_MEDIA_URLS + 1 }, (_, index) => `https://example.com/${index}.png`);
    expect(refusal(() => mediaUrls.clean?.(many))).toMatch(/^Input "Media URLs"/);
  });

  it("Status Callback URL, Send At, Validity Period and Shorten URLs read their types", () => {
    expect(statusCallback.clean?.("https://hooks.example.com/status")).toBe("https://hooks.example.com/status");
    expect(refusal(() => statusCallback.clean?.("hooks.example.com"))).toMatch(/^Input "Status Callback URL"/);
    expect(sendAt.clean?.("2026-12-01T15:30:00Z")).toEqual(new Date("2026-12-01T15:30:00Z"));
    expect(refusal(() => sendAt.clean?.("next Tuesday"))).toMatch(/^Input "Send At"/);
    expect(validityPeriod.clean?.("600")).toBe(600);
    expect(refusal(() => validityPeriod.clean?.("36001"))).toMatch(/^Input "Validity Period \(seconds\)"/);
    expect(refusal(() => validityPeriod.clean?.("0"))).toMatch(/^Input "Validity Period \(seconds\)"/);
    expect(shortenUrls.clean?.("true")).toBe(true);
    expect(shortenUrls.clean?.(false)).toBe(false);
  });
});

describe("toMessageContent", () => {
  const values = (overrides: Record<string, unknown> = {}) =>
    ({
      from: { from: "+15017122661" },
      message: "Hello",
      messagingServiceSid: undefined,
      mediaUrls: [],
      contentSid: undefined,
      contentVariables: undefined,
      contentVariableList: undefined,
      checkContentVariables: false,
      statusCallback: undefined,
      sendAt: undefined,
      validityPeriod: undefined,
      shortenUrls: false,
      ...overrides,
    }) as unknown as Parameters<typeof toMessageContent>[0];

  it("gives the client the sender, body and content variables under its own names", () => {
    expect(toMessageContent(values({ contentSid: TEMPLATE, contentVariables: '{"1":"Jane"}', message: undefined }))).toMatchObject({
      sender: { from: "+15017122661" },
      body: undefined,
      contentSid: TEMPLATE,
      contentVariables: '{"1":"Jane"}',
    });
  });

  it("refuses combinations Twilio would refuse, naming the input to fix", () => {
    expect(refusal(() => toMessageContent(values({ from: undefined })))).toMatch(/^Input "From": expected a sender/);
    expect(refusal(() => toMessageContent(values({ message: undefined })))).toMatch(/^Input "Message"/);
    expect(refusal(() => toMessageContent(values({ contentVariables: '{"1":"x"}' })))).toMatch(/^Input "Content Variables"/);
    expect(refusal(() => toMessageContent(values({ shortenUrls: true })))).toMatch(/^Input "Shorten URLs"/);
  });
});
