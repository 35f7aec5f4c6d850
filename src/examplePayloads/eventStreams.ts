import type { TriggerPayload } from "@prismatic-io/spectral";
import type { StreamEvent } from "../client/events/cloudEvents";
import { platformPayload } from "./triggers";

const ACCOUNT_SID = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const MESSAGE_SID = "SM7a9d0c7e3b1f4e5a8c2d6b0e9f1a3c5d";
const source = `/2010-04-01/Accounts/${ACCOUNT_SID}`;

function streamEvent(type: string, schema: string, subject: string, data: Record<string, unknown>, id: string): StreamEvent {
  return {
    id,
    type,
    time: "2026-12-01T15:36:12.000Z",
    subject,
    source,
    dataschema: `https://events-schemas.twilio.com/${schema}/1`,
    data,
    redelivered: false,
  };
}

const messageStatus = (status: string, errorCode: number | null) => ({
  messageSid: MESSAGE_SID,
  accountSid: ACCOUNT_SID,
  from: "+15017122661",
  to: "+15558675310",
  messageStatus: status,
  errorCode,
  eventName: `com.twilio.messaging.message.${status.toLowerCase()}`,
  timestamp: "2026-12-01T15:36:12.000Z",
});

/** One example per event type builders subscribe to most; the data follows Twilio's schema for each type. */
const streamEventExamples = {
  messageDelivered: streamEvent(
    "com.twilio.messaging.message.delivered",
    "Messaging.MessageStatus",
    MESSAGE_SID,
    messageStatus("DELIVERED", null),
    "EZ0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b",
  ),
  messageFailed: streamEvent(
    "com.twilio.messaging.message.failed",
    "Messaging.MessageStatus",
    MESSAGE_SID,
    messageStatus("FAILED", 30003),
    "EZ1e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b",
  ),
  inboundMessageReceived: streamEvent(
    "com.twilio.messaging.inbound-message.received",
    "Messaging.InboundMessageV1",
    "SM9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d",
    {
      messageSid: "SM9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d",
      accountSid: ACCOUNT_SID,
      from: "+15558675310",
      to: "+15017122661",
      body: "Yes, please deliver after 5pm.",
      numMedia: 0,
      numSegments: 1,
      timestamp: "2026-12-01T15:36:12.000Z",
    },
    "EZ2e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b",
  ),
  callCompleted: streamEvent(
    "com.twilio.voice.status-callback.call.completed",
    "Voice.StatusCallback",
    "CA5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b",
    {
      request: {
        parameters: {
          CallSid: "CA5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b",
          CallStatus: "completed",
          CallDuration: "42",
          From: "+15558675310",
          To: "+15017122661",
          AccountSid: ACCOUNT_SID,
        },
      },
    },
    "EZ3e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b",
  ),
  conversationMessageAdded: streamEvent(
    "com.twilio.conversations.message.added",
    "Conversations.MessageAdded",
    "CH6e2d1a0b3c4d5e6f7a8b9c0d1e2f3a4b",
    {
      AccountSid: ACCOUNT_SID,
      ConversationSid: "CH6e2d1a0b3c4d5e6f7a8b9c0d1e2f3a4b",
      MessageSid: "IM0123456789abcdef0123456789abcdef",
      Index: 3,
      Author: "+15558675310",
      MessageBody: "Is my order on its way?",
      ParticipantSid: "MB3c8f0e2d1a4b5c6d7e8f9a0b1c2d3e4f",
      DateCreated: "2026-12-01T15:36:12.000Z",
    },
    "EZ4e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b",
  ),
};

const batch = JSON.stringify([streamEventExamples.messageDelivered]);

const deliveryPayload: TriggerPayload = {
  ...platformPayload,
  headers: { "Content-Type": "application/json", "X-Twilio-Signature": "Lr2p8F4c8n0m6d1WmH3o0c3bq2s=", "User-Agent": "Twilio-Events/1.0" },
  queryParameters: { bodySHA256: "0f4b2c6e1d9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c" },
  rawBody: { data: batch, contentType: "application/json" },
  body: { data: batch, contentType: "application/json" },
};

export const eventStreamsTriggerExample = {
  payload: {
    ...deliveryPayload,
    /** Each event of the delivery (Twilio batches them), in the order sent. */
    events: Object.values(streamEventExamples),
    signatureVerified: true,
  },
  response: { statusCode: 200, contentType: "application/json", body: "" },
};
