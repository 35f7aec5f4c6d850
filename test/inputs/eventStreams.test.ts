import { eventTypes } from "../../src/inputs/eventStreams";
import { refusal } from "../support/refusal";

describe("Event Types", () => {
  it("takes catalogue types once each", () => {
    expect(
      eventTypes.clean?.([
        "com.twilio.messaging.message.delivered",
        "com.twilio.messaging.message.delivered",
        "com.twilio.conversations.message.added",
      ]),
    ).toEqual(["com.twilio.messaging.message.delivered", "com.twilio.conversations.message.added"]);
  });

  it("refuses none, a malformed type, or more than 100", () => {
    expect(refusal(() => eventTypes.clean?.([]))).toMatch(/^Input "Event Types": expected at least one event type/);
    expect(refusal(() => eventTypes.clean?.(["message delivered"]))).toBe(
      'Input "Event Types": expected event types such as com.twilio.messaging.message.delivered, got "message delivered".',
    );
    const many = Array.from({ length: 101 }, (_, index) => `com.twilio.messaging.type${index}.delivered`);
    expect(refusal(() => eventTypes.clean?.(many))).toMatch(/^Input "Event Types": expected at most 100 types, got "101 types"/);
  });
});
