import { dataSource } from "@prismatic-io/spectral";
import { recentMessageChoices } from "../client/messages/choices";
import { getTwilioClient } from "../client/twilioClient";
import { messageChoicesExample } from "../examplePayloads/pickers";
import { twilioConnection } from "../inputs/connection";

export const selectMessage = dataSource({
  display: {
    label: "Select Message",
    description: "Pick one of the account's 100 most recent messages, newest first.",
  },
  dataSourceType: "picklist",
  inputs: { connection: twilioConnection },
  perform: async (_context, { connection }) => {
    const result = await recentMessageChoices(getTwilioClient(connection));
    return { result };
  },
  examplePayload: { result: messageChoicesExample },
});
