import type { Element } from "@prismatic-io/spectral";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../support/harness";
import { sharedSandbox } from "../support/sandbox";

const pick = async (key: string, baseUrl: string, connectionFields: Record<string, unknown> = {}): Promise<Element[]> => {
  const { result } = await harness.dataSource(key, {
    connection: authTokenConnection(baseUrl, connectionFields),
  });
  return result as Element[];
};

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const on = sharedSandbox({ clock: { running: true } });
beforeAll(async () => {
  await on.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122661", SmsUrl: "https://hooks.example.com/sms" });
  await on.sandbox.control("POST", "messages/seed", { To: "+15558675310", From: "+15017122661", Body: "Hi" });
});

describe("data sources against Twilio's official spec", () => {
  it.each([
    ["selectMessage", /^(SM|MM)/],
    ["selectPhoneNumber", /^\+\d+$/],
  ])("%s returns { key, label } elements", async (key, keyPattern) => {
    const elements = await pick(key, on.sandbox.url);
    expect(elements.length).toBeGreaterThan(0);
    for (const element of elements) {
      expect(element).toEqual({
        key: expect.stringMatching(keyPattern),
        label: expect.any(String),
      });
    }
  });
});

describe("data sources", () => {
  /** A sandbox Twilio of this describe's own, its clock stopped at NOW, emptied before each test. */
  const NOW = Date.parse("2026-11-20T16:10:00Z");
  const on = sharedSandbox({ clock: { startAt: NOW, running: false }, tickMs: 0 });
  beforeEach(() => {
    on.sandbox.reset();
    on.sandbox.maxPageSize = undefined;
  });

  it("selectMessage reads one bounded page of recent messages, newest first, with scannable labels", async () => {
    const seed = (message: Record<string, unknown>) => on.sandbox.control("POST", "messages/seed", { AccountSid: ACCOUNT_SID, ...message });
    await seed({
      Sid: `SM${"1".repeat(32)}`,
      From: "+15017122661",
      To: "+15558675310",
      Body: "Your order #1234 has shipped and will arrive on Tuesday between 9 and 5",
      DateSent: Date.parse("2026-11-20T16:04:00Z"),
    });
    await seed({
      Sid: `SM${"2".repeat(32)}`,
      Direction: "inbound",
      From: "+15558675310",
      To: "+15017122661",
      Body: "Thanks!\nSee you",
      DateSent: Date.parse("2026-11-20T16:09:00Z"),
    });
    await seed({
      Sid: `MM${"3".repeat(32)}`,
      From: "+15017122661",
      To: "+15558675310",
      Body: "",
      DateSent: null,
      CreatedSecondsAgo: (NOW - Date.parse("2026-11-19T08:00:00Z")) / 1000,
    });
    // Older than the page the picker reads: Twilio's pages hold 3 here, so this one is on the next page.
    await seed({
      Sid: `SM${"4".repeat(32)}`,
      From: "+15017122661",
      To: "+15558675310",
      Body: "Old",
      DateSent: Date.parse("2026-11-18T08:00:00Z"),
    });
    on.sandbox.maxPageSize = 3;

    const elements = await pick("selectMessage", on.sandbox.url);

    expect(on.sandbox.requests).toHaveLength(1);
    expect(on.sandbox.requests[0].query.get("PageSize")).toBe("100");
    expect(elements).toEqual([
      {
        key: `SM${"2".repeat(32)}`,
        label: "2026-11-20 16:09 · +15558675310 → +15017122661 · Thanks! See you",
      },
      {
        key: `SM${"1".repeat(32)}`,
        label: "2026-11-20 16:04 · +15017122661 → +15558675310 · Your order #1234 has shipped and will ar…",
      },
      {
        key: `MM${"3".repeat(32)}`,
        label: "2026-11-19 08:00 · +15017122661 → +15558675310 · (no text)",
      },
    ]);
  });

  it("selectPhoneNumber keys by E.164 number, labels with the friendly name, sorted", async () => {
    await on.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122662", FriendlyName: "Order updates" });
    await on.sandbox.control("POST", "numbers", { PhoneNumber: "+15017122661" });

    const elements = await pick("selectPhoneNumber", on.sandbox.url);

    expect(on.sandbox.requests[0].query.get("PageSize")).toBe("500");
    expect(elements).toEqual([
      { key: "+15017122661", label: "+15017122661" },
      { key: "+15017122662", label: "+15017122662 (Order updates)" },
    ]);
  });

  it("selectMessagingService reads Twilio's Messaging API and sorts services by name", async () => {
    const service = async (FriendlyName: string) =>
      ((await on.sandbox.control("POST", "messaging-services", { FriendlyName })) as { sid: string }).sid;
    const marketing = await service("Marketing");
    const reminders = await service("Appointment reminders");
    const unnamed = await service("");

    const elements = await pick("selectMessagingService", on.sandbox.url);

    expect(on.sandbox.requests[0].path).toBe("/messaging/v1/Services");
    expect(on.sandbox.requests[0].query.get("PageSize")).toBe("500");
    expect(elements).toEqual([
      { key: reminders, label: `Appointment reminders (${reminders})` },
      { key: marketing, label: `Marketing (${marketing})` },
      { key: unnamed, label: `Unnamed service (${unnamed})` },
    ]);
  });

  it("passes Twilio's refusal through the error hook in words to act on", async () => {
    const error = await failureOf(pick("selectMessagingService", on.sandbox.url, { password: "not-the-auth-token" }));

    expect(error.message).toContain("Check the connection");
    expect(on.sandbox.requests[0].status).toBe(401);
  });
});

describe("inputs that use the pickers", () => {
  it("Messaging Service SID and Message SID name their data sources", async () => {
    const { messagingServiceSid, messageSid } = await import("../../src/inputs/messages");
    expect(messagingServiceSid.dataSource).toBe("selectMessagingService");
    expect(messageSid.dataSource).toBe("selectMessage");
  });
});
