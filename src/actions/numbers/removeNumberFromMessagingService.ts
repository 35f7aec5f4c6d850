import { action } from "@prismatic-io/spectral";
import { removeNumberFromService } from "../../client/numbers/serviceMembership";
import { getTwilioClient } from "../../client/twilioClient";
import { poolRemoveExample } from "../../examplePayloads/numbers";
import { twilioConnection } from "../../inputs/connection";
import { ownPhoneNumber, requiredMessagingService } from "../../inputs/numberConfiguration";

export const removeNumberFromMessagingService = action({
  display: {
    label: "Remove Number from Messaging Service",
    description:
      "Take a number out of a Messaging Service's sender pool; the account keeps the number. A number not in the pool is left as it is (changed: false).",
  },
  inputs: { twilioConnection, messagingServiceSid: requiredMessagingService, phoneNumber: ownPhoneNumber },
  perform: async (_context, { twilioConnection, messagingServiceSid, phoneNumber }) => {
    const data = await removeNumberFromService(getTwilioClient(twilioConnection), messagingServiceSid, phoneNumber);
    return { data };
  },
  examplePayload: { data: poolRemoveExample },
});
