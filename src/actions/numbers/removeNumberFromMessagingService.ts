import { action } from "@prismatic-io/spectral";
import { poolRemoveExample } from "../../examplePayloads/numbers";
import { twilioConnection } from "../../inputs/connection";
import { ownPhoneNumber, requiredMessagingService } from "../../inputs/numberConfiguration";
import { poolMembershipOutput } from "../../outputSchemas/numbers";

export const removeNumberFromMessagingService = action({
  display: {
    label: "Remove Number from Messaging Service",
    description:
      "Take a number out of a Messaging Service's sender pool; the account keeps the number. A number not in the pool is left as it is (changed: false).",
  },
  inputs: { twilioConnection, messagingServiceSid: requiredMessagingService, phoneNumber: ownPhoneNumber },
  perform: async (_context, { twilioConnection, messagingServiceSid, phoneNumber }) => {
    const { removeNumberFromService } = await import("../../client/numbers/serviceMembership");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await removeNumberFromService(getTwilioClient(twilioConnection), messagingServiceSid, phoneNumber);
    return { data };
  },
  examplePayload: { data: poolRemoveExample },
  outputSchema: poolMembershipOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/numbers")).examplePoolChange(values),
});
