import type { PhoneNumberList } from "../client/phoneNumbers/phoneNumbers";

export const phoneNumberListExample: PhoneNumberList = {
  phoneNumbers: [
    {
      sid: "PN2a0747eba6abf96b7e3c3ff0b4530f6e",
      phoneNumber: "+15017122661",
      friendlyName: "Support line",
      capabilities: { sms: true, mms: true, voice: true, fax: false },
      smsUrl: "https://hooks.prismatic.io/trigger/SW5zdGFuY2VGbG93Q29uZmlnOjE=",
      smsMethod: "POST",
      smsFallbackUrl: null,
      smsApplicationSid: null,
      status: "in-use",
    },
  ],
  nextPageUri: null,
  hasMore: false,
};
