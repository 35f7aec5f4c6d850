import { action } from "@prismatic-io/spectral";
import { canceledVerificationExample } from "../../examplePayloads/verify";
import { twilioConnection } from "../../inputs/connection";
import { defaultCountryCode, toVerificationAddress } from "../../inputs/recipients";
import { checkTo, toVerificationTarget, verificationSid, verifyServiceSid } from "../../inputs/verify";
import { verificationOutput } from "../../outputSchemas/verify";

export const cancelVerification = action({
  display: {
    label: "Cancel Verification",
    description: "Cancel a pending verification so its code no longer works, for example when the person asks for a new one another way.",
  },
  inputs: { twilioConnection, verifyServiceSid, to: checkTo, verificationSid, defaultCountryCode },
  perform: async (_context, { twilioConnection, verifyServiceSid, to, verificationSid, defaultCountryCode }) => {
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { cancelVerification: cancel } = await import("../../client/verify/verifications");
    const address = to === undefined ? undefined : toVerificationAddress("To", to, undefined, defaultCountryCode);
    const data = await cancel(getTwilioClient(twilioConnection), verifyServiceSid, toVerificationTarget(address, verificationSid));
    return { data };
  },
  examplePayload: { data: canceledVerificationExample },
  outputSchema: verificationOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/verify")).exampleCancelVerification(values),
});
