import { dataSource } from "@prismatic-io/spectral";
import { intelligenceServiceChoices } from "../client/intelligence/transcripts";
import { getTwilioClient } from "../client/twilioClient";
import { intelligenceServiceChoicesExample } from "../examplePayloads/intelligence";
import { twilioConnection } from "../inputs/connection";

export const selectIntelligenceService = dataSource({
  display: {
    label: "Select Intelligence Service",
    description: "Pick one of the account's Voice Intelligence Services, labelled with its name and language.",
  },
  dataSourceType: "picklist",
  inputs: { connection: twilioConnection },
  perform: async (_context, { connection }) => {
    const result = await intelligenceServiceChoices(getTwilioClient(connection));
    return { result };
  },
  examplePayload: { result: intelligenceServiceChoicesExample },
});
