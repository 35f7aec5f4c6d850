import { conversationEventOf, isConversationEvent, POST_EVENT_FILTERS } from "../../../src/client/webhooks/conversationEvents";

describe("Conversations post-event webhooks", () => {
  it.each(POST_EVENT_FILTERS.map((event) => [event]))("reads %s as a Conversations event", (eventType) => {
    expect(isConversationEvent({ EventType: eventType })).toBe(true);
  });

  it("gives the event and its conversation", () => {
    expect(conversationEventOf({ EventType: "onMessageAdded", ConversationSid: "CH1", Body: "Hi" })).toEqual({
      eventType: "onMessageAdded",
      conversationSid: "CH1",
    });
    expect(conversationEventOf({ EventType: "onUserAdded", Identity: "jane" })).toEqual({
      eventType: "onUserAdded",
      conversationSid: null,
    });
  });

  it("is null for pre-events, which Twilio waits on, and for every other webhook", () => {
    expect(conversationEventOf({ EventType: "onMessageAdd", ConversationSid: "CH1" })).toBeNull();
    expect(conversationEventOf({ MessageSid: "SM1", Body: "Hi" })).toBeNull();
    expect(isConversationEvent({ EventType: ["onMessageAdded"] })).toBe(false);
  });
});
