import { dataSource } from "@prismatic-io/spectral";
import { syncServiceChoices } from "../client/sync/services";
import { getTwilioClient } from "../client/twilioClient";
import { syncServiceChoicesExample } from "../examplePayloads/pickers";
import { twilioConnection } from "../inputs/connection";

export const selectSyncService = dataSource({
  display: {
    label: "Select Sync Service",
    description: "Pick one of the account's Twilio Sync Services, listed by friendly name: where idempotency keys are claimed.",
  },
  dataSourceType: "picklist",
  inputs: { connection: twilioConnection },
  perform: async (_context, { connection }) => {
    const result = await syncServiceChoices(getTwilioClient(connection));
    return { result };
  },
  examplePayload: { result: syncServiceChoicesExample },
});
