import { action } from "@prismatic-io/spectral";
import { contentTemplateListExample } from "../../examplePayloads/content";
import { twilioConnection } from "../../inputs/connection";
import { approvalStatus, templateContinueFrom, templateLimit } from "../../inputs/content";
import { namingInputs } from "../../inputs/labels";
import { CONTINUE_FROM_LABELS } from "../../inputs/lists";
import { contentTemplateListOutput } from "../../outputSchemas/products";

export const listContentTemplates = action({
  display: {
    label: "List Content Templates",
    description:
      "List the account's content templates with their type, language, placeholders and WhatsApp approval status, optionally only those with one status, up to a limit.",
  },
  inputs: { twilioConnection, approvalStatus, limit: templateLimit, continueFrom: templateContinueFrom },
  perform: async (_context, { twilioConnection, approvalStatus, limit, continueFrom }) => {
    const { listContentTemplates: readTemplates } = await import("../../client/content/templates");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await namingInputs(
      CONTINUE_FROM_LABELS,
      () => readTemplates(getTwilioClient(twilioConnection), { approvalStatus, limit, continueFrom }),
      "an earlier List Content Templates result",
    );
    return { data };
  },
  examplePayload: { data: contentTemplateListExample },
  outputSchema: contentTemplateListOutput,
  performSafety: "safe",
});
