import type { SenderCompliance } from "../client/compliance/senderCompliance";
import type { NumberConfiguration } from "../client/numbers/numbers";
import type { PurchaseResult } from "../client/numbers/purchase";
import type { AvailableNumberRecord } from "../client/numbers/search";
import type { PoolMembership } from "../client/numbers/serviceMembership";
import { pollingExample } from "./triggers";

export const availableNumbersExample: AvailableNumberRecord[] = [
  {
    phoneNumber: "+14155550100",
    friendlyName: "(415) 555-0100",
    locality: "San Francisco",
    region: "CA",
    postalCode: "94103",
    isoCountry: "US",
    rateCenter: "SNFC CNTRL",
    addressRequirements: "none",
    beta: false,
    capabilities: { sms: true, mms: true, voice: true, fax: false },
    monthlyPrice: { amount: "1.15", currency: "USD" },
  },
];

export const numberConfigurationExample: NumberConfiguration = {
  sid: "PN2a0747eba6abf96b7e3c3ff0b4530f6e",
  phoneNumber: "+14155550100",
  friendlyName: "Acme support line",
  capabilities: { sms: true, mms: true, voice: true, fax: false },
  smsUrl: "https://hooks.example.com/twilio/sms",
  smsMethod: "POST",
  smsFallbackUrl: null,
  smsApplicationSid: null,
  status: "in-use",
  voiceUrl: "https://hooks.example.com/twilio/voice",
  voiceMethod: "POST",
  voiceFallbackUrl: null,
  statusCallback: null,
  dateCreated: "2026-12-05T18:30:00.000Z",
};

export const purchaseExample: PurchaseResult = {
  outcome: "bought",
  phoneNumber: "+14155550100",
  sid: "PN2a0747eba6abf96b7e3c3ff0b4530f6e",
  number: numberConfigurationExample,
  reconciled: false,
  replayed: false,
  explanation: null,
  messagingService: { sid: "MG9752274e9e519418a7406176694466fa", added: true, error: null },
};

export const releaseExample = { released: true, sid: "PN2a0747eba6abf96b7e3c3ff0b4530f6e", phoneNumber: "+14155550100" };

export const poolAddExample: PoolMembership = {
  messagingServiceSid: "MG9752274e9e519418a7406176694466fa",
  phoneNumberSid: "PN2a0747eba6abf96b7e3c3ff0b4530f6e",
  phoneNumber: "+14155550100",
  changed: true,
};

export const poolRemoveExample: PoolMembership = { ...poolAddExample };

export const newPhoneNumbersExample = pollingExample([{ ...numberConfigurationExample }]);

export const senderComplianceExample: SenderCompliance = {
  sender: "+14155550100",
  senderType: "tenDlc",
  readyForUS: false,
  state: "campaignPending",
  explanation:
    "The A2P 10DLC campaign is still being reviewed by Twilio and the carriers; US messages sent now are blocked (error 30034/30035).",
  nextStep: "Wait for the campaign review to finish (usually days to a few weeks), then check again.",
  messagingServiceSid: "MG9752274e9e519418a7406176694466fa",
  campaign: { sid: "QE2c6890da8086d771620e9b13fadeba0b", status: "IN_PROGRESS", errors: [] },
  brand: { sid: "BN0044409f7e067e279523808d267e2d85", status: "APPROVED", identityStatus: "VERIFIED", errors: [] },
  tollFreeVerification: null,
};
