import { action } from "@prismatic-io/spectral";
import { addNumberToService } from "../../client/numbers/serviceMembership";
import { getTwilioClient } from "../../client/twilioClient";
import { poolAddExample } from "../../examplePayloads/numbers";
import { twilioConnection } from "../../inputs/connection";
import { ownPhoneNumber, requiredMessagingService } from "../../inputs/numberConfiguration";

export const addNumberToMessagingService = action({
  display: {
    label: "Add Number to Messaging Service",
    description:
      "Put one of the account's numbers in a Messaging Service's sender pool. A number already there is left as it is (changed: false); one in another service is refused (error 21712).",
  },
  inputs: { twilioConnection, messagingServiceSid: requiredMessagingService, phoneNumber: ownPhoneNumber },
  perform: async (_context, { twilioConnection, messagingServiceSid, phoneNumber }) => {
    const data = await addNumberToService(getTwilioClient(twilioConnection), messagingServiceSid, phoneNumber);
    return { data };
  },
  examplePayload: { data: poolAddExample },
});
