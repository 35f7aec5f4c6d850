import { dataSource } from "@prismatic-io/spectral";
import { getTwilioClient } from "../client/twilioClient";
import { verifyServiceChoices } from "../client/verify/services";
import { verifyServiceChoicesExample } from "../examplePayloads/pickers";
import { twilioConnection } from "../inputs/connection";

export const selectVerifyService = dataSource({
  display: {
    label: "Select Verify Service",
    description: "Pick one of the account's Verify Services, listed by friendly name.",
  },
  dataSourceType: "picklist",
  inputs: { connection: twilioConnection },
  perform: async (_context, { connection }) => {
    const result = await verifyServiceChoices(getTwilioClient(connection));
    return { result };
  },
  examplePayload: { result: verifyServiceChoicesExample },
});
