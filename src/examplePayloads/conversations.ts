import type { ConversationMessageRecord, ConversationRecord, ParticipantRecord } from "../client/conversations/records";

const ACCOUNT_SID = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const SERVICE_SID = "IS2aa8c3ab2d4a4b5c9e0b8c7a6f5e4d3c";
const CONVERSATION_SID = "CH6e2d1a0b3c4d5e6f7a8b9c0d1e2f3a4b";
const CONVERSATION_URL = `https://conversations.twilio.com/v1/Conversations/${CONVERSATION_SID}`;

export const conversationExample: ConversationRecord = {
  sid: CONVERSATION_SID,
  accountSid: ACCOUNT_SID,
  chatServiceSid: SERVICE_SID,
  messagingServiceSid: "MG3c8f0e2d1a4b5c6d7e8f9a0b1c2d3e4f",
  friendlyName: "Order 1234 support",
  uniqueName: "order-1234",
  state: "active",
  attributes: { orderId: "1234" },
  timers: { dateInactive: "2026-12-01T16:04:31.000Z", dateClosed: null },
  dateCreated: "2026-12-01T15:34:31.000Z",
  dateUpdated: "2026-12-01T15:34:31.000Z",
  url: CONVERSATION_URL,
};

export const conversationListExample = {
  items: [conversationExample],
  nextPageUri: "/v1/Conversations?PageSize=50&Page=1&PageToken=PACH6e2d1a0b3c4d5e6f7a8b9c0d1e2f3a4b",
  hasMore: true,
};

export const participantExample: ParticipantRecord = {
  sid: "MB3c8f0e2d1a4b5c6d7e8f9a0b1c2d3e4f",
  conversationSid: CONVERSATION_SID,
  identity: null,
  address: "+15558675310",
  proxyAddress: "+15017122661",
  messagingBinding: { type: "sms", address: "+15558675310", proxy_address: "+15017122661" },
  roleSid: "RL0123456789abcdef0123456789abcdef",
  attributes: {},
  dateCreated: "2026-12-01T15:35:02.000Z",
  dateUpdated: "2026-12-01T15:35:02.000Z",
  url: `${CONVERSATION_URL}/Participants/MB3c8f0e2d1a4b5c6d7e8f9a0b1c2d3e4f`,
};

export const participantListExample = { items: [participantExample], nextPageUri: null, hasMore: false };

export const conversationMessageExample: ConversationMessageRecord = {
  sid: "IM0123456789abcdef0123456789abcdef",
  conversationSid: CONVERSATION_SID,
  index: 0,
  author: "agent.jane",
  body: "Your order has shipped.",
  media: [],
  contentSid: null,
  participantSid: null,
  attributes: {},
  delivery: { total: 1, sent: "all", delivered: "none", read: "none", failed: "none", undelivered: "none" },
  dateCreated: "2026-12-01T15:36:10.000Z",
  dateUpdated: "2026-12-01T15:36:10.000Z",
  url: `${CONVERSATION_URL}/Messages/IM0123456789abcdef0123456789abcdef`,
};

export const conversationMessageListExample = { items: [conversationMessageExample], nextPageUri: null, hasMore: false };

export const conversationChoicesExample = [{ key: CONVERSATION_SID, label: `Order 1234 support · active (${CONVERSATION_SID})` }];
export const conversationServiceChoicesExample = [{ key: SERVICE_SID, label: `Support desk (${SERVICE_SID})` }];
