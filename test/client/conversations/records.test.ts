import { toConversation, toConversationMessage, toParticipant } from "../../../src/client/conversations/records";

describe("Conversations records", () => {
  it("reads a conversation in camelCase, with its attributes parsed and dates as ISO instants", () => {
    expect(
      toConversation({
        sid: "CH1",
        account_sid: "AC1",
        chat_service_sid: "IS1",
        messaging_service_sid: "",
        friendly_name: "Order 1234",
        state: "active",
        attributes: '{"order":1234}',
        timers: { date_inactive: "2026-11-20T16:10:00Z", date_closed: null },
        date_created: "2026-11-20T16:00:00Z",
      }),
    ).toEqual({
      sid: "CH1",
      accountSid: "AC1",
      chatServiceSid: "IS1",
      messagingServiceSid: null,
      friendlyName: "Order 1234",
      uniqueName: null,
      state: "active",
      attributes: { order: 1234 },
      timers: { dateInactive: "2026-11-20T16:10:00.000Z", dateClosed: null },
      dateCreated: "2026-11-20T16:00:00.000Z",
      dateUpdated: null,
      url: null,
    });
  });

  it("keeps attributes that are not JSON as they are, and gives {} when there are none", () => {
    expect(toConversation({ sid: "CH1", attributes: "plain text" }).attributes).toBe("plain text");
    expect(toConversation({ sid: "CH1" }).attributes).toEqual({});
    expect(toParticipant({ sid: "MB1", attributes: { already: "an object" } }).attributes).toEqual({ already: "an object" });
  });

  it("reads a participant's address and proxy address from its messaging binding, or none for a chat identity", () => {
    const binding = { type: "sms", address: "+15558675310", proxy_address: "+15017122661" };
    expect(toParticipant({ sid: "MB1", conversation_sid: "CH1", messaging_binding: binding })).toMatchObject({
      address: "+15558675310",
      proxyAddress: "+15017122661",
      messagingBinding: binding,
      identity: null,
    });
    expect(toParticipant({ sid: "MB2", identity: "agent.jane", messaging_binding: null })).toMatchObject({
      identity: "agent.jane",
      address: null,
      proxyAddress: null,
      messagingBinding: null,
    });
  });

  it("reads a message, keeping an empty body as text and media as a list", () => {
    expect(toConversationMessage({ sid: "IM1", index: 0, body: "", author: "agent.jane", media: null })).toMatchObject({
      index: 0,
      body: "",
      author: "agent.jane",
      media: [],
      delivery: null,
      contentSid: null,
    });
    expect(toConversationMessage({ sid: "IM1", index: "3", body: null })).toMatchObject({ index: null, body: null });
  });
});
