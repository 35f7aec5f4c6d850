import { readCloudEvents } from "../../../src/client/events/cloudEvents";

const event = (id: string, overrides: Record<string, unknown> = {}) => ({
  specversion: "1.0",
  id,
  type: "com.twilio.messaging.message.delivered",
  source: "/2010-04-01/Accounts/AC1/Messages/SM1.json",
  subject: "SM1",
  time: "2026-11-20T16:00:00.000Z",
  dataschema: "https://events-schemas.twilio.com/Messaging.MessageStatus/1",
  data: { messageSid: "SM1", messageStatus: "DELIVERED" },
  ...overrides,
});

describe("readCloudEvents", () => {
  const now = Date.UTC(2026, 10, 20, 16, 0, 0);

  it("reads a batch of events as the flow sees them", () => {
    const { events } = readCloudEvents({ body: [event("EV1"), event("EV2", { subject: "", dataschema: undefined })] } as never, {}, now);
    expect(events).toEqual([
      {
        id: "EV1",
        type: "com.twilio.messaging.message.delivered",
        time: "2026-11-20T16:00:00.000Z",
        subject: "SM1",
        source: "/2010-04-01/Accounts/AC1/Messages/SM1.json",
        dataschema: "https://events-schemas.twilio.com/Messaging.MessageStatus/1",
        data: { messageSid: "SM1", messageStatus: "DELIVERED" },
        redelivered: false,
      },
      expect.objectContaining({ id: "EV2", subject: null, dataschema: null }),
    ]);
  });

  it("reads a single event sent on its own, and skips items without an id or a type", () => {
    expect(readCloudEvents(event("EV1") as never, {}, now).events.map((one) => one.id)).toEqual(["EV1"]);
    const { events } = readCloudEvents(
      { body: [event("EV1", { id: "" }), event("EV2", { type: null }), "text", null, event("EV3")] } as never,
      {},
      now,
    );
    expect(events.map((one) => one.id)).toEqual(["EV3"]);
  });

  it("marks an event delivered again, in the same batch or a later one, as redelivered, through the state it returns", () => {
    const first = readCloudEvents({ body: [event("EV1"), event("EV1")] } as never, {}, now);
    expect(first.events.map((one) => one.redelivered)).toEqual([false, true]);
    const later = readCloudEvents({ body: [event("EV1"), event("EV2")] } as never, first.state, now + 60_000);
    expect(later.events.map((one) => [one.id, one.redelivered])).toEqual([
      ["EV1", true],
      ["EV2", false],
    ]);
    expect(readCloudEvents({ body: [event("EV1")] } as never, {}, now).events[0].redelivered).toBe(false);
  });
});
