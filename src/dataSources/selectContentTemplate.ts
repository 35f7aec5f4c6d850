import { dataSource } from "@prismatic-io/spectral";
import { contentTemplateChoices } from "../client/content/templates";
import { getTwilioClient } from "../client/twilioClient";
import { contentTemplateChoicesExample } from "../examplePayloads/pickers";
import { twilioConnection } from "../inputs/connection";

export const selectContentTemplate = dataSource({
  display: {
    label: "Select Content Template",
    description: "Pick one of the account's content templates, labelled with its name, type and WhatsApp approval status.",
  },
  dataSourceType: "picklist",
  inputs: { connection: twilioConnection },
  perform: async (_context, { connection }) => {
    const result = await contentTemplateChoices(getTwilioClient(connection));
    return { result };
  },
  examplePayload: { result: contentTemplateChoicesExample },
});
