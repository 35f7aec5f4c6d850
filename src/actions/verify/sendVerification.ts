import { action } from "@prismatic-io/spectral";
import { toVerificationAddress } from "../../client/identifiers";
import { getTwilioClient } from "../../client/twilioClient";
import { sendVerification as send } from "../../client/verify/verifications";
import { verificationExample } from "../../examplePayloads/verify";
import { twilioConnection } from "../../inputs/connection";
import { defaultCountryCode } from "../../inputs/recipients";
import { channel, customCode, customFriendlyName, locale, templateSid, verificationTo, verifyServiceSid } from "../../inputs/verify";

export const sendVerification = action({
  display: {
    label: "Send Verification Code",
    description:
      "Send a one-time code by SMS, voice call, WhatsApp or e-mail with Twilio Verify, then check what the person types with Check Verification Code. Never sent twice by a retry.",
  },
  inputs: {
    twilioConnection,
    verifyServiceSid,
    to: verificationTo,
    channel,
    locale,
    customFriendlyName,
    customCode,
    templateSid,
    defaultCountryCode,
  },
  perform: async (_context, { twilioConnection, verifyServiceSid, to, channel, defaultCountryCode, ...options }) => {
    const data = await send(getTwilioClient(twilioConnection), {
      ...options,
      serviceSid: verifyServiceSid,
      to: toVerificationAddress("To", to, channel, defaultCountryCode),
      channel,
    });
    return { data };
  },
  examplePayload: { data: verificationExample },
});
