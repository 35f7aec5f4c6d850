import { dataSource } from "@prismatic-io/spectral";
import { studioFlowChoices } from "../client/studio/flows";
import { getTwilioClient } from "../client/twilioClient";
import { studioFlowChoicesExample } from "../examplePayloads/pickers";
import { twilioConnection } from "../inputs/connection";

export const selectStudioFlow = dataSource({
  display: {
    label: "Select Studio Flow",
    description: "Pick one of the account's Studio flows, labelled with its name, status and revision.",
  },
  dataSourceType: "picklist",
  inputs: { connection: twilioConnection },
  perform: async (_context, { connection }) => {
    const result = await studioFlowChoices(getTwilioClient(connection));
    return { result };
  },
  examplePayload: { result: studioFlowChoicesExample },
});
