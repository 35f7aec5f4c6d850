import { dataSource } from "@prismatic-io/spectral";
import { getTwilioClient } from "../client/twilioClient";
import { recentCallChoices } from "../client/voice/callList";
import { callChoicesExample } from "../examplePayloads/voicePickers";
import { twilioConnection } from "../inputs/connection";

export const selectCall = dataSource({
  display: {
    label: "Select Call",
    description: "Pick one of the account's 100 most recent calls, newest first.",
  },
  dataSourceType: "picklist",
  inputs: { connection: twilioConnection },
  perform: async (_context, { connection }) => {
    const result = await recentCallChoices(getTwilioClient(connection));
    return { result };
  },
  examplePayload: { result: callChoicesExample },
});
