import { action } from "@prismatic-io/spectral";
import { poolAddExample } from "../../examplePayloads/numbers";
import { twilioConnection } from "../../inputs/connection";
import { ownPhoneNumber, requiredMessagingService } from "../../inputs/numberConfiguration";
import { poolMembershipOutput } from "../../outputSchemas/numbers";

export const addNumberToMessagingService = action({
  display: {
    label: "Add Number to Messaging Service",
    description:
      "Put one of the account's numbers in a Messaging Service's sender pool. A number already there is left as it is (changed: false); one in another service is refused (error 21712).",
  },
  inputs: { twilioConnection, messagingServiceSid: requiredMessagingService, phoneNumber: ownPhoneNumber },
  perform: async (_context, { twilioConnection, messagingServiceSid, phoneNumber }) => {
    const { addNumberToService } = await import("../../client/numbers/serviceMembership");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await addNumberToService(getTwilioClient(twilioConnection), messagingServiceSid, phoneNumber);
    return { data };
  },
  examplePayload: { data: poolAddExample },
  outputSchema: poolMembershipOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/numbers")).examplePoolChange(values),
});
