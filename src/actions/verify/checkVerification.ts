import { action } from "@prismatic-io/spectral";
import { verificationCheckExample } from "../../examplePayloads/verify";
import { twilioConnection } from "../../inputs/connection";
import { defaultCountryCode, toVerificationAddress } from "../../inputs/recipients";
import { checkTo, code, toVerificationTarget, verificationSid, verifyServiceSid } from "../../inputs/verify";
import { verificationCheckOutput } from "../../outputSchemas/verify";

export const checkVerification = action({
  display: {
    label: "Check Verification Code",
    description:
      "Check the code a person typed against the one Twilio Verify sent. A wrong code is a result (approved false, status pending); a code that expired, was already approved or ran out of attempts fails the step saying which.",
  },
  inputs: { twilioConnection, verifyServiceSid, to: checkTo, verificationSid, code, defaultCountryCode },
  perform: async (_context, { twilioConnection, verifyServiceSid, to, verificationSid, code, defaultCountryCode }) => {
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { checkVerification: check } = await import("../../client/verify/verifications");
    const address = to === undefined ? undefined : toVerificationAddress("To", to, undefined, defaultCountryCode);
    const data = await check(getTwilioClient(twilioConnection), verifyServiceSid, toVerificationTarget(address, verificationSid), code);
    return { data };
  },
  examplePayload: { data: verificationCheckExample },
  outputSchema: verificationCheckOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/verify")).exampleCheckVerification(values),
});
