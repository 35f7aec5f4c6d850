import { numberConfigurationExample, poolAddExample, purchaseExample } from "../examplePayloads/numbers";
import { confirmRelease } from "../inputs/numberConfiguration";

/** The account's number the builder named, by its E.164 form or its SID. */
function ownNumberNamed(numberOrSid: string) {
  return numberOrSid.startsWith("PN")
    ? { ...numberConfigurationExample, sid: numberOrSid }
    : { ...numberConfigurationExample, phoneNumber: numberOrSid };
}

type Settings = { friendlyName?: string; smsUrl?: string; voiceUrl?: string };

const withSettings = (number: typeof numberConfigurationExample, settings: Settings) => ({
  ...number,
  friendlyName: settings.friendlyName || number.friendlyName,
  smsUrl: settings.smsUrl || number.smsUrl,
  voiceUrl: settings.voiceUrl || number.voiceUrl,
});

/** The number bought, as Buy Phone Number returns it: the one asked for, or the example as the first match of the search. */
export function exampleBuyNumber(values: Settings & { phoneNumber?: string; messagingServiceSid?: string }) {
  const phoneNumber = values.phoneNumber || purchaseExample.phoneNumber;
  const number = withSettings({ ...numberConfigurationExample, phoneNumber }, values);
  const messagingService = values.messagingServiceSid ? { sid: values.messagingServiceSid, added: true, error: null } : null;
  return { data: { ...purchaseExample, phoneNumber, number, messagingService } };
}

export function exampleUpdateNumber(
  values: Settings & {
    phoneNumber: string;
    smsMethod?: string;
    smsFallbackUrl?: string;
    voiceMethod?: string;
    voiceFallbackUrl?: string;
    statusCallback?: string;
  },
) {
  const number = withSettings(ownNumberNamed(values.phoneNumber), values);
  return {
    data: {
      ...number,
      smsMethod: values.smsMethod || number.smsMethod,
      smsFallbackUrl: values.smsFallbackUrl || number.smsFallbackUrl,
      voiceMethod: values.voiceMethod || number.voiceMethod,
      voiceFallbackUrl: values.voiceFallbackUrl || number.voiceFallbackUrl,
      statusCallback: values.statusCallback || number.statusCallback,
    },
  };
}

/** Refuses, as the real release does, a confirmation that does not repeat the number. */
export function exampleReleaseNumber({ phoneNumber, confirmNumber }: { phoneNumber: string; confirmNumber: string }) {
  const number = ownNumberNamed(phoneNumber);
  confirmRelease(confirmNumber, number);
  return { data: { released: true, sid: number.sid, phoneNumber: number.phoneNumber } };
}

export function examplePoolChange({ messagingServiceSid, phoneNumber }: { messagingServiceSid: string; phoneNumber: string }) {
  const number = ownNumberNamed(phoneNumber);
  return { data: { ...poolAddExample, messagingServiceSid, phoneNumberSid: number.sid, phoneNumber: number.phoneNumber } };
}
