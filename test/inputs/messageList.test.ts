import { conversationWith, dateSent, dateSentAfter, fromFilter, toFilter, toMessageListRequest } from "../../src/inputs/messageList";
import { refusal } from "../support/refusal";

const SERVICE = `MG${"0123456789abcdef".repeat(2)}`;

describe("message list inputs", () => {
  it("To: a recipient, punctuation removed", () => {
    expect(toFilter.clean?.("+1 (555) 867-5310")).toBe("+15558675310");
    expect(toFilter.clean?.("")).toBeUndefined();
    expect(refusal(() => toFilter.clean?.("jane"))).toMatch(/^Input "To"/);
  });

  it("From and Conversation With: any sender but a Messaging Service, which Twilio cannot filter by", () => {
    expect(fromFilter.clean?.("AcmeCo")).toBe("AcmeCo");
    expect(fromFilter.clean?.("")).toBeUndefined();
    expect(refusal(() => fromFilter.clean?.(SERVICE))).toBe(
      `Input "From": expected a phone number, short code or sender ID: Twilio cannot filter messages by Messaging Service, got "${SERVICE}".`,
    );
    expect(conversationWith.clean?.("+15017122661")).toBe("+15017122661");
    expect(refusal(() => conversationWith.clean?.(SERVICE))).toMatch(
      /^Input "Conversation With": expected a phone number, short code or channel address/,
    );
  });

  it("dates: a day for Date Sent On, instants for the others", () => {
    expect(dateSent.clean?.("2026-11-20")).toEqual(new Date("2026-11-20T00:00:00Z"));
    expect(dateSentAfter.clean?.("2026-11-20T16:00:00Z")).toEqual(new Date("2026-11-20T16:00:00Z"));
    expect(refusal(() => dateSent.clean?.("Friday"))).toMatch(/^Input "Date Sent On"/);
  });

  it("Conversation With together with the others: exactly one of To and From, no Continue From", () => {
    const US = "+15017122661";
    const JANE = "+15558675310";
    const oneWay = { query: { to: JANE, from: US }, limit: 5 };
    expect(toMessageListRequest(oneWay)).toBe(oneWay);
    const conversation = { query: { to: JANE }, conversationWith: US, limit: 5 };
    expect(toMessageListRequest(conversation)).toBe(conversation);
    expect(refusal(() => toMessageListRequest({ query: {}, conversationWith: US, limit: 5 }))).toMatch(
      /^Input "Conversation With": expected To or From set as well/,
    );
    expect(refusal(() => toMessageListRequest({ ...oneWay, conversationWith: US }))).toMatch(
      /^Input "Conversation With": expected only one of To or From/,
    );
    expect(refusal(() => toMessageListRequest({ ...conversation, continueFrom: "/2010-04-01/x" }))).toMatch(
      /^Input "Continue From": expected to be empty when Conversation With is set/,
    );
  });
});
