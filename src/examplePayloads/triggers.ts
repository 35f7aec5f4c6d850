import type { TriggerPayload } from "@prismatic-io/spectral";
import type { ConversationEvent } from "../client/webhooks/conversationEvents";
import type { OptOutType } from "../client/webhooks/optOuts";
import type { TwilioEventType } from "../client/webhooks/signature";
import { receivedMessageExample } from "./messages";

const FLOW_WEBHOOK_URL = "https://hooks.example.prismatic.io/trigger/SW5zdGFuY2VGbG93Q29uZmlnOmV4YW1wbGU=";

const incomingSmsForm =
  "ToCountry=US&SmsMessageSid=SM7a9d0c7e3b1f4e5a8c2d6b0e9f1a3c5d&NumMedia=0&SmsSid=SM7a9d0c7e3b1f4e5a8c2d6b0e9f1a3c5d&SmsStatus=received&Body=Yes%2C+please+deliver+after+5pm.&To=%2B15017122661&NumSegments=1&MessageSid=SM7a9d0c7e3b1f4e5a8c2d6b0e9f1a3c5d&AccountSid=ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX&From=%2B15558675310&ApiVersion=2010-04-01";

/** What the platform hands a trigger, around the parts each trigger adds. */
export const platformPayload: TriggerPayload = {
  headers: {
    "Content-Type": "application/x-www-form-urlencoded",
    "X-Twilio-Signature": "eUK3RrUjv0eCc6Ke1Z5AO3ljxr8=",
    "I-Twilio-Idempotency-Token": "5f2c8a1e-0b7d-4c39-9a61-3e4d2f7b8c90",
    "User-Agent": "TwilioProxy/1.1",
  },
  queryParameters: {},
  rawBody: {
    data: incomingSmsForm,
    contentType: "application/x-www-form-urlencoded",
  },
  body: {
    data: incomingSmsForm,
    contentType: "application/x-www-form-urlencoded",
  },
  pathFragment: "",
  webhookUrls: { "Incoming SMS": FLOW_WEBHOOK_URL },
  webhookApiKeys: {},
  invokeUrl: FLOW_WEBHOOK_URL,
  executionId: "SW5zdGFuY2VFeGVjdXRpb246ZXhhbXBsZQ==",
  customer: {
    id: "Q3VzdG9tZXI6ZXhhbXBsZQ==",
    externalId: "acme",
    name: "Acme Corp",
  },
  instance: { id: "SW5zdGFuY2U6ZXhhbXBsZQ==", name: "Acme Twilio" },
  user: { id: "", email: "", name: "", externalId: "" },
  integration: {
    id: "SW50ZWdyYXRpb246ZXhhbXBsZQ==",
    name: "Twilio SMS",
    versionSequenceId: "1",
    externalVersion: "1.0.0",
  },
  flow: {
    id: "SW50ZWdyYXRpb25GbG93OmV4YW1wbGU=",
    name: "Incoming SMS",
    stableId: "incoming-sms",
  },
  startedAt: "2026-11-20T16:09:03.000Z",
  globalDebug: false,
};

export const webhookTriggerExample = {
  payload: {
    ...platformPayload,
    fields: {
      ToCountry: "US",
      SmsMessageSid: "SM7a9d0c7e3b1f4e5a8c2d6b0e9f1a3c5d",
      NumMedia: "0",
      SmsSid: "SM7a9d0c7e3b1f4e5a8c2d6b0e9f1a3c5d",
      SmsStatus: "received",
      Body: "Yes, please deliver after 5pm.",
      To: "+15017122661",
      NumSegments: "1",
      MessageSid: "SM7a9d0c7e3b1f4e5a8c2d6b0e9f1a3c5d",
      AccountSid: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      From: "+15558675310",
      ApiVersion: "2010-04-01",
    } as Record<string, unknown>,
    eventType: "incomingMessage" as TwilioEventType,
    idempotencyToken: "5f2c8a1e-0b7d-4c39-9a61-3e4d2f7b8c90" as string | null,
    signatureVerified: true,
    /** STOP, START or HELP when the message opts its sender out, back in, or asks for help. */
    optOutType: null as OptOutType | null,
    /** For a Conversations post-event webhook: its EventType (onMessageAdded...) and the conversation's SID. */
    conversationEvent: null as ConversationEvent | null,
    redelivered: false,
  },
  response: {
    statusCode: 200,
    contentType: "text/xml",
    body: '<?xml version="1.0" encoding="UTF-8"?><Response/>',
  },
};

/** A polling run has no HTTP request behind it: only the platform's context fields are set. */
export function pollingExample(items: Record<string, unknown>[]) {
  return {
    payload: {
      ...platformPayload,
      headers: {},
      rawBody: { data: null as unknown },
      body: { data: items },
      webhookUrls: {} as Record<string, string>,
      invokeUrl: "",
    },
    polledNoChanges: false,
  };
}

export const pollChangesExample = pollingExample([receivedMessageExample]);
