import { action } from "@prismatic-io/spectral";
import { contentTemplateExample } from "../../examplePayloads/content";
import { twilioConnection } from "../../inputs/connection";
import { contentTemplateSid } from "../../inputs/content";
import { contentTemplateOutput } from "../../outputSchemas/products";

export const getContentTemplate = action({
  display: {
    label: "Get Content Template",
    description:
      "Get one content template: its content, placeholders, sample variables and WhatsApp approval (status, category, rejection reason).",
  },
  inputs: { twilioConnection, sid: contentTemplateSid },
  perform: async (_context, { twilioConnection, sid }) => {
    const { getContentTemplate: fetchTemplate } = await import("../../client/content/templates");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await fetchTemplate(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: contentTemplateExample },
  outputSchema: contentTemplateOutput,
  performSafety: "safe",
});
