import type { VerifyServiceList, VerifyServiceRecord } from "../client/verify/services";
import type { VerificationCheckResult, VerificationRecord } from "../client/verify/verifications";

const SERVICE_SID = "VA2e8a6f0b5c4d3e2f1a0b9c8d7e6f5a4b";
const VERIFICATION_SID = "VE5d0b5c4a3f2e1d0c9b8a7f6e5d4c3b2a";
const ACCOUNT_SID = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";

/** twilio-node's verification resource as plain JSON. */
export const verificationExample: VerificationRecord = {
  sid: VERIFICATION_SID,
  serviceSid: SERVICE_SID,
  accountSid: ACCOUNT_SID,
  to: "+15558675310",
  channel: "sms",
  status: "pending",
  valid: false,
  lookup: {
    carrier: { error_code: null, name: "T-Mobile USA, Inc.", mobile_country_code: "310", mobile_network_code: "160", type: "mobile" },
  },
  amount: null,
  payee: null,
  sendCodeAttempts: [{ attempt_sid: "VLaf5c4b3a2e1d0c9b8a7f6e5d4c3b2a1f", channel: "sms", time: "2026-11-20T16:04:31.000Z" }],
  dateCreated: "2026-11-20T16:04:31.000Z",
  dateUpdated: "2026-11-20T16:04:31.000Z",
  sna: null,
  url: `https://verify.twilio.com/v2/Services/${SERVICE_SID}/Verifications/${VERIFICATION_SID}`,
};

export const verificationCheckExample: VerificationCheckResult = {
  sid: VERIFICATION_SID,
  serviceSid: SERVICE_SID,
  accountSid: ACCOUNT_SID,
  to: "+15558675310",
  channel: "sms",
  status: "approved",
  valid: true,
  amount: null,
  payee: null,
  dateCreated: "2026-11-20T16:04:31.000Z",
  dateUpdated: "2026-11-20T16:05:12.000Z",
  snaAttemptsErrorCodes: [],
  approved: true,
};

export const canceledVerificationExample: VerificationRecord = {
  ...verificationExample,
  status: "canceled",
  dateUpdated: "2026-11-20T16:06:02.000Z",
};

export const verifyServiceExample: VerifyServiceRecord = {
  sid: SERVICE_SID,
  accountSid: ACCOUNT_SID,
  friendlyName: "Acme login codes",
  codeLength: 6,
  lookupEnabled: true,
  skipSmsToLandlines: false,
  doNotShareWarningEnabled: true,
  customCodeEnabled: false,
  dtmfInputRequired: true,
  psd2Enabled: false,
  defaultTemplateSid: null,
  dateCreated: "2026-11-20T15:58:10.000Z",
  dateUpdated: "2026-11-20T15:58:10.000Z",
  url: `https://verify.twilio.com/v2/Services/${SERVICE_SID}`,
};

export const verifyServiceListExample: VerifyServiceList = {
  services: [verifyServiceExample],
  nextPageUri: null,
  hasMore: false,
};
