import { action } from "@prismatic-io/spectral";
import { verifyServiceListExample } from "../../examplePayloads/verify";
import { twilioConnection } from "../../inputs/connection";
import { namingInputs } from "../../inputs/labels";
import { CONTINUE_FROM_LABELS } from "../../inputs/lists";
import { verifyServiceContinueFrom, verifyServiceLimit } from "../../inputs/verify";
import { verifyServiceListOutput } from "../../outputSchemas/verify";

export const listVerifyServices = action({
  display: {
    label: "List Verify Services",
    description: "List the account's Verify Services with their settings (code length, name in the message, landline handling).",
  },
  inputs: { twilioConnection, limit: verifyServiceLimit, continueFrom: verifyServiceContinueFrom },
  perform: async (_context, { twilioConnection, limit, continueFrom }) => {
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { listVerifyServices: list } = await import("../../client/verify/services");
    const data = await namingInputs(
      CONTINUE_FROM_LABELS,
      () => list(getTwilioClient(twilioConnection), { limit, continueFrom }),
      "an earlier List Verify Services result",
    );
    return { data };
  },
  examplePayload: { data: verifyServiceListExample },
  outputSchema: verifyServiceListOutput,
  performSafety: "safe",
});
