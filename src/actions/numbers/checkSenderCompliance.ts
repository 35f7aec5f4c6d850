import { action } from "@prismatic-io/spectral";
import { senderComplianceExample } from "../../examplePayloads/numbers";
import { complianceSender } from "../../inputs/compliance";
import { twilioConnection } from "../../inputs/connection";
import { senderComplianceOutput } from "../../outputSchemas/numbers";

export const checkSenderCompliance = action({
  display: {
    label: "Check Sender Compliance",
    description:
      "Whether a number, short code or Messaging Service can text US recipients now (readyForUS), and if not why: its A2P 10DLC brand and campaign, or its toll-free verification, with what to do next.",
  },
  inputs: { twilioConnection, sender: complianceSender },
  perform: async (_context, { twilioConnection, sender }) => {
    const { checkSenderCompliance: readCompliance } = await import("../../client/compliance/senderCompliance");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { withActionSteps } = await import("../../errors/complianceSteps");
    const data = withActionSteps(await readCompliance(getTwilioClient(twilioConnection), sender));
    return { data };
  },
  examplePayload: { data: senderComplianceExample },
  outputSchema: senderComplianceOutput,
  performSafety: "safe",
});
