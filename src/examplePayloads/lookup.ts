import type { LookupResult } from "../client/lookup/phoneNumbers";

/** With Line Type Intelligence and Caller Name on. */
export const lookupExample: LookupResult = {
  valid: true,
  validationErrors: [],
  phoneNumber: "+14159929960",
  nationalFormat: "(415) 992-9960",
  countryCode: "US",
  lineType: "mobile",
  carrierName: "T-Mobile USA, Inc.",
  callerName: "SERGIO SUAREZ",
  lookup: {
    callingCountryCode: "1",
    countryCode: "US",
    phoneNumber: "+14159929960",
    nationalFormat: "(415) 992-9960",
    valid: true,
    validationErrors: null,
    callerName: { callerName: "SERGIO SUAREZ", callerType: "CONSUMER", errorCode: null },
    simSwap: null,
    callForwarding: null,
    lineTypeIntelligence: {
      mobileCountryCode: "310",
      mobileNetworkCode: "160",
      carrierName: "T-Mobile USA, Inc.",
      type: "mobile",
      errorCode: null,
    },
    lineStatus: null,
    identityMatch: null,
    reassignedNumber: null,
    smsPumpingRisk: null,
    phoneNumberQualityScore: null,
    preFill: null,
    url: "https://lookups.twilio.com/v2/PhoneNumbers/+14159929960",
  },
};
