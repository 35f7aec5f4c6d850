import { action } from "@prismatic-io/spectral";
import { verificationExample } from "../../examplePayloads/verify";
import { twilioConnection } from "../../inputs/connection";
import { IDEMPOTENCY_KEY_LABELS, idempotencyInputs, toIdempotencyOptions } from "../../inputs/idempotency";
import { namingInputs } from "../../inputs/labels";
import { defaultCountryCode, toVerificationAddress } from "../../inputs/recipients";
import { channel, customCode, customFriendlyName, locale, templateSid, verificationTo, verifyServiceSid } from "../../inputs/verify";
import { sentVerificationOutput } from "../../outputSchemas/verify";

export const sendVerification = action({
  display: {
    label: "Send Verification Code",
    description:
      "Send a one-time code by SMS, voice call, WhatsApp or e-mail with Twilio Verify, then check what the person types with Check Verification Code. Never sent twice by a retry, and with an idempotency key never twice by a rerun of the flow.",
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
    ...idempotencyInputs,
  },
  perform: async (
    context,
    { twilioConnection, verifyServiceSid, to, channel, defaultCountryCode, idempotencyKey, idempotencyStore, syncService, ...options },
  ) => {
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { sendVerificationOnce } = await import("../../client/verify/verifications");
    const send = { ...options, serviceSid: verifyServiceSid, to: toVerificationAddress("To", to, channel, defaultCountryCode), channel };
    const run = toIdempotencyOptions({ idempotencyKey, idempotencyStore, syncService }, context.instanceState);
    const { data, instanceState } = await namingInputs(IDEMPOTENCY_KEY_LABELS, () =>
      sendVerificationOnce(getTwilioClient(twilioConnection), send, run),
    );
    return instanceState ? { data, instanceState } : { data };
  },
  examplePayload: { data: { ...verificationExample, replayed: false } },
  outputSchema: sentVerificationOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/verify")).exampleSendVerification(values),
});
