import type { CallListResult } from "../client/voice/callList";
import type { CallRecord, DeletedCall } from "../client/voice/calls";

const ACCOUNT = "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const CALL_SID = "CAe1644a7eed5088b159577c5802d8be38";
const CALL = `${ACCOUNT}/Calls/${CALL_SID}`;

/** A call as Make a Call returns it: twilio-node's call resource as plain JSON, queued. */
export const callExample: CallRecord = {
  sid: CALL_SID,
  dateCreated: "2026-11-20T16:04:31.000Z",
  dateUpdated: "2026-11-20T16:04:31.000Z",
  parentCallSid: null,
  accountSid: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
  to: "+15558675310",
  toFormatted: "(555) 867-5310",
  from: "+15017122661",
  fromFormatted: "(501) 712-2661",
  phoneNumberSid: "PNe2d8a4c6b0f1e3d5c7a9b1d3f5e7a9c1",
  status: "queued",
  startTime: null,
  endTime: null,
  duration: null,
  price: null,
  priceUnit: "USD",
  direction: "outbound-api",
  answeredBy: null,
  apiVersion: "2010-04-01",
  forwardedFrom: null,
  groupSid: null,
  callerName: null,
  queueTime: "0",
  trunkSid: null,
  uri: `${CALL}.json`,
  subresourceUris: {
    notifications: `${CALL}/Notifications.json`,
    recordings: `${CALL}/Recordings.json`,
    payments: `${CALL}/Payments.json`,
    events: `${CALL}/Events.json`,
    siprec: `${CALL}/Siprec.json`,
    streams: `${CALL}/Streams.json`,
    transcriptions: `${CALL}/Transcriptions.json`,
    user_defined_message_subscriptions: `${CALL}/UserDefinedMessageSubscriptions.json`,
    user_defined_messages: `${CALL}/UserDefinedMessages.json`,
  },
};

export const completedCallExample: CallRecord = {
  ...callExample,
  dateUpdated: "2026-11-20T16:05:18.000Z",
  status: "completed",
  startTime: "2026-11-20T16:04:33.000Z",
  endTime: "2026-11-20T16:05:15.000Z",
  duration: "42",
  price: "-0.01400",
  answeredBy: "human",
};

export const callListExample: CallListResult = {
  calls: [
    {
      ...completedCallExample,
      sid: "CA5f1c2a3b4d6e7f8091a2b3c4d5e6f708",
      direction: "inbound",
      from: "+15558675310",
      fromFormatted: "(555) 867-5310",
      to: "+15017122661",
      toFormatted: "(501) 712-2661",
      startTime: "2026-11-20T16:09:02.000Z",
      endTime: "2026-11-20T16:10:40.000Z",
      duration: "98",
      answeredBy: null,
      uri: `${ACCOUNT}/Calls/CA5f1c2a3b4d6e7f8091a2b3c4d5e6f708.json`,
    },
    completedCallExample,
  ],
  nextPageUri: `${ACCOUNT}/Calls.json?PageSize=2&Page=1&PageToken=PA${CALL_SID}`,
  hasMore: true,
};

export const deletedCallExample: DeletedCall = { sid: CALL_SID, deleted: true };
