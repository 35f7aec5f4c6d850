import { dataSource } from "@prismatic-io/spectral";
import { messagingServiceChoices } from "../client/messages/services";
import { getTwilioClient } from "../client/twilioClient";
import { messagingServiceChoicesExample } from "../examplePayloads/pickers";
import { twilioConnection } from "../inputs/connection";

export const selectMessagingService = dataSource({
  display: {
    label: "Select Messaging Service",
    description: "Pick one of the account's Messaging Services, listed by friendly name.",
  },
  dataSourceType: "picklist",
  inputs: { connection: twilioConnection },
  perform: async (_context, { connection }) => {
    const result = await messagingServiceChoices(getTwilioClient(connection));
    return { result };
  },
  examplePayload: { result: messagingServiceChoicesExample },
});
