import { action } from "@prismatic-io/spectral";
import { verifyServiceExample } from "../../examplePayloads/verify";
import { twilioConnection } from "../../inputs/connection";
import { codeLength, doNotShareWarning, skipSmsToLandlines, verifyServiceName } from "../../inputs/verify";
import { verifyServiceOutput } from "../../outputSchemas/verify";

export const createVerifyService = action({
  display: {
    label: "Create Verify Service",
    description: "Create a Verify Service: the sender of one-time codes, with the name people see in the message and the code length.",
  },
  inputs: { twilioConnection, friendlyName: verifyServiceName, codeLength, skipSmsToLandlines, doNotShareWarning },
  perform: async (_context, { twilioConnection, friendlyName, codeLength, skipSmsToLandlines, doNotShareWarning }) => {
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { createVerifyService: create } = await import("../../client/verify/services");
    const data = await create(getTwilioClient(twilioConnection), {
      friendlyName,
      codeLength,
      skipSmsToLandlines,
      doNotShareWarningEnabled: doNotShareWarning,
    });
    return { data };
  },
  examplePayload: { data: verifyServiceExample },
  outputSchema: verifyServiceOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/verify")).exampleCreateVerifyService(values),
});
