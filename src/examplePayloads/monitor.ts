import type { AlertRecord } from "../client/monitor/alerts";
import { pollingExample } from "./triggers";

const alertExample: AlertRecord = {
  sid: "NO5a7a84730f529f0a76b3e30c01315d1a",
  errorCode: 11200,
  logLevel: "error",
  explanation: "HTTP retrieval failure",
  // The fix the error table gives for 11200, written out: the table is the error hook's, loaded on first error.
  fix: "Twilio could not fetch your webhook URL (an error status, a timeout or no answer): check that the URL set on the number or Messaging Service answers Twilio within 15 seconds.",
  moreInfo: "https://www.twilio.com/docs/errors/11200",
  resourceSid: "SM7a9d0c7e3b1f4e5a8c2d6b0e9f1a3c5d",
  serviceSid: null,
  requestMethod: "POST",
  requestUrl: "https://hooks.example.com/twilio/sms",
  details: { Msg: "HTTP retrieval failure", sourceComponent: "14100", httpResponse: "502", url: "https://hooks.example.com/twilio/sms" },
  dateGenerated: "2026-11-20T16:09:12.000Z",
  dateCreated: "2026-11-20T16:09:13.000Z",
};

export const alertListExample = { alerts: [alertExample], nextPageUri: null, hasMore: false };

export const newAlertsExample = pollingExample([alertExample]);
