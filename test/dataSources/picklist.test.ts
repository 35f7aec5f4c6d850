import type { Element } from "@prismatic-io/spectral";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../support/harness";
import { type LoopbackServer, rfc2822, startLoopbackServer, twilioErrorBody } from "../support/loopback";
import { startTestSandbox, type TestSandbox } from "../support/sandbox";

const pick = async (key: string, baseUrl: string): Promise<Element[]> => {
  const { result } = await harness.dataSource(key, {
    connection: authTokenConnection(baseUrl),
  });
  return result as Element[];
};

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
let twilio: TestSandbox;
beforeAll(async () => {
  twilio = await startTestSandbox();
  await twilio.control("POST", "numbers", { PhoneNumber: "+15017122661", SmsUrl: "https://hooks.example.com/sms" });
  await twilio.control("POST", "messages/seed", { To: "+15558675310", From: "+15017122661", Body: "Hi" });
});
afterAll(() => twilio.close());

describe("data sources against Twilio's official spec", () => {
  it.each([
    ["selectMessage", /^(SM|MM)/],
    ["selectPhoneNumber", /^\+\d+$/],
  ])("%s returns { key, label } elements", async (key, keyPattern) => {
    const elements = await pick(key, twilio.url);
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
  let server: LoopbackServer;
  afterEach(() => server?.close());

  it("selectMessage reads one bounded page of recent messages, newest first, with scannable labels", async () => {
    server = await startLoopbackServer(() => ({
      status: 200,
      json: {
        messages: [
          {
            sid: `SM${"1".repeat(32)}`,
            from: "+15017122661",
            to: "+15558675310",
            body: "Your order #1234 has shipped and will arrive on Tuesday between 9 and 5",
            date_sent: rfc2822("2026-11-20T16:04:00Z"),
            date_created: rfc2822("2026-11-20T16:04:00Z"),
          },
          {
            sid: `SM${"2".repeat(32)}`,
            from: "+15558675310",
            to: "+15017122661",
            body: "Thanks!\nSee you",
            date_sent: rfc2822("2026-11-20T16:09:00Z"),
            date_created: rfc2822("2026-11-20T16:09:00Z"),
          },
          {
            sid: `MM${"3".repeat(32)}`,
            from: "+15017122661",
            to: "+15558675310",
            body: "",
            date_sent: null,
            date_created: rfc2822("2026-11-19T08:00:00Z"),
          },
        ],
        next_page_uri: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json?PageSize=100&Page=1&PageToken=PA`,
      },
    }));

    const elements = await pick("selectMessage", server.url);

    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].query.get("PageSize")).toBe("100");
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
    server = await startLoopbackServer(() => ({
      status: 200,
      json: {
        incoming_phone_numbers: [
          {
            sid: `PN${"2".repeat(32)}`,
            phone_number: "+15017122662",
            friendly_name: "Order updates",
          },
          {
            sid: `PN${"1".repeat(32)}`,
            phone_number: "+15017122661",
            friendly_name: "+15017122661",
          },
        ],
        next_page_uri: null,
      },
    }));

    const elements = await pick("selectPhoneNumber", server.url);

    expect(server.requests[0].query.get("PageSize")).toBe("500");
    expect(elements).toEqual([
      { key: "+15017122661", label: "+15017122661" },
      { key: "+15017122662", label: "+15017122662 (Order updates)" },
    ]);
  });

  it("selectMessagingService reads Twilio's Messaging API and sorts services by name", async () => {
    server = await startLoopbackServer(() => ({
      status: 200,
      json: {
        services: [
          {
            sid: `MG${"b".repeat(32)}`,
            account_sid: ACCOUNT_SID,
            friendly_name: "Marketing",
          },
          {
            sid: `MG${"a".repeat(32)}`,
            account_sid: ACCOUNT_SID,
            friendly_name: "Appointment reminders",
          },
          {
            sid: `MG${"c".repeat(32)}`,
            account_sid: ACCOUNT_SID,
            friendly_name: "",
          },
        ],
        meta: { page: 0, page_size: 500, next_page_url: null, key: "services" },
      },
    }));

    const elements = await pick("selectMessagingService", server.url);

    expect(server.requests[0].path).toBe("/messaging/v1/Services");
    expect(server.requests[0].query.get("PageSize")).toBe("500");
    expect(elements).toEqual([
      {
        key: `MG${"a".repeat(32)}`,
        label: `Appointment reminders (MG${"a".repeat(32)})`,
      },
      { key: `MG${"b".repeat(32)}`, label: `Marketing (MG${"b".repeat(32)})` },
      {
        key: `MG${"c".repeat(32)}`,
        label: `Unnamed service (MG${"c".repeat(32)})`,
      },
    ]);
  });

  it("passes Twilio's refusal through the error hook in words to act on", async () => {
    server = await startLoopbackServer(() => ({
      status: 401,
      json: twilioErrorBody(20003, "Authenticate", 401),
    }));

    const error = await failureOf(pick("selectMessagingService", server.url));

    expect(error.message).toContain("Check the connection");
  });
});

describe("inputs that use the pickers", () => {
  it("Messaging Service SID and Message SID name their data sources", async () => {
    const { messagingServiceSid, messageSid } = await import("../../src/inputs/messages");
    expect(messagingServiceSid.dataSource).toBe("selectMessagingService");
    expect(messageSid.dataSource).toBe("selectMessage");
  });
});
