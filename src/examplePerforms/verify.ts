import {
  canceledVerificationExample,
  verificationCheckExample,
  verificationExample,
  verifyServiceExample,
} from "../examplePayloads/verify";
import { toVerificationAddress } from "../inputs/recipients";
import { toVerificationTarget } from "../inputs/verify";

interface Target {
  verifyServiceSid: string;
  to?: string;
  verificationSid?: string;
  defaultCountryCode?: string;
}

/** The verification named as the real action names it (its SID, or the address the code went to), with the builder's values. */
function targetOf({ verifyServiceSid, to, verificationSid, defaultCountryCode }: Target) {
  const address = to === undefined ? undefined : toVerificationAddress("To", to, undefined, defaultCountryCode);
  const target = toVerificationTarget(address, verificationSid);
  return { serviceSid: verifyServiceSid, ...("to" in target ? { to: target.to } : { sid: target.verificationSid }) };
}

export function exampleSendVerification(values: { verifyServiceSid: string; to: string; channel: string; defaultCountryCode?: string }) {
  const to = toVerificationAddress("To", values.to, values.channel, values.defaultCountryCode);
  const attempts = [{ ...(verificationExample.sendCodeAttempts as object[])[0], channel: values.channel }];
  const data = {
    ...verificationExample,
    serviceSid: values.verifyServiceSid,
    to,
    channel: values.channel,
    sendCodeAttempts: attempts,
    replayed: false,
  };
  return { data };
}

export const exampleCheckVerification = (values: Target) => ({ data: { ...verificationCheckExample, ...targetOf(values) } });

export const exampleCancelVerification = (values: Target) => ({ data: { ...canceledVerificationExample, ...targetOf(values) } });

/** A setting left empty keeps Twilio's default: 6 digits, landlines texted, no warning. */
export function exampleCreateVerifyService(values: {
  friendlyName: string;
  codeLength?: number;
  skipSmsToLandlines?: boolean;
  doNotShareWarning?: boolean;
}) {
  const data = {
    ...verifyServiceExample,
    friendlyName: values.friendlyName,
    codeLength: values.codeLength ?? 6,
    skipSmsToLandlines: values.skipSmsToLandlines === true,
    doNotShareWarningEnabled: values.doNotShareWarning === true,
  };
  return { data };
}
