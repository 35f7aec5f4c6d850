import { action } from "@prismatic-io/spectral";
import { callListExample } from "../../examplePayloads/voice";
import {
  callContinueFrom,
  callFromFilter,
  callLimit,
  callPageSize,
  callStatusFilter,
  callToFilter,
  startedAfter,
  startedBefore,
} from "../../inputs/callList";
import { twilioConnection } from "../../inputs/connection";
import { namingInputs } from "../../inputs/labels";
import { CONTINUE_FROM_LABELS } from "../../inputs/lists";
import { callListOutput } from "../../outputSchemas/voice";

export const listCalls = action({
  display: {
    label: "List Calls",
    description: "List calls newest first, filtered by number, status and start time, up to a limit, with a pointer to the next page.",
  },
  inputs: {
    twilioConnection,
    to: callToFilter,
    from: callFromFilter,
    status: callStatusFilter,
    startedBefore,
    startedAfter,
    limit: callLimit,
    pageSize: callPageSize,
    continueFrom: callContinueFrom,
  },
  perform: async (_context, { twilioConnection, to, from, status, startedBefore, startedAfter, limit, pageSize, continueFrom }) => {
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { listCalls: readCalls } = await import("../../client/voice/callList");
    const data = await namingInputs(
      CONTINUE_FROM_LABELS,
      () =>
        readCalls(getTwilioClient(twilioConnection), {
          query: { to, from, status, startedBefore, startedAfter },
          limit,
          pageSize,
          continueFrom,
        }),
      "an earlier List Calls result",
    );
    return { data };
  },
  examplePayload: { data: callListExample },
  outputSchema: callListOutput,
  performSafety: "safe",
});
