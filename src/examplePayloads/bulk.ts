import type { BulkSendResult } from "../client/messages/bulkSend";

export const bulkSendExample: BulkSendResult = {
  status: "partially_succeeded",
  sentCount: 2,
  failedCount: 2,
  unknownCount: 1,
  duplicatesMerged: 1,
  results: [
    {
      to: "+15558675310",
      success: true,
      outcome: "sent",
      messageSid: "SM1f0e8ae6ade43cb3c0ce4525424e404f",
      messageStatus: "queued",
      errorCode: null,
      errorMessage: null,
    },
    {
      to: "+15558675311",
      success: true,
      outcome: "reconciled",
      messageSid: "SM2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d",
      messageStatus: "queued",
      errorCode: null,
      errorMessage: null,
    },
    {
      to: "+15005550009",
      success: false,
      outcome: "failed",
      messageSid: null,
      messageStatus: null,
      errorCode: 21614,
      errorMessage:
        "Twilio error 21614 (HTTP 400): 'To' number is not a valid mobile number Check the \"To\" input: the number is not a mobile number and cannot receive SMS. More info: https://www.twilio.com/docs/errors/21614",
    },
    {
      to: "555-CALL-NOW",
      success: false,
      outcome: "invalid",
      messageSid: null,
      messageStatus: null,
      errorCode: null,
      errorMessage:
        'Input "Recipients": expected a phone number in E.164 format such as +15558675310, or a channel address such as "whatsapp:+15558675310", got "555-CALL-NOW".',
    },
    {
      to: "+15558675312",
      success: false,
      outcome: "unknown",
      messageSid: null,
      messageStatus: null,
      errorCode: null,
      errorMessage:
        "May have been sent: the connection dropped before Twilio answered (ECONNRESET), and the message log could not be read to check.",
    },
  ],
  remainingCount: 250,
  continueFrom: "q1w2e3r4t5y6u7i8.255",
};
