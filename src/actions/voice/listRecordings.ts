import { action } from "@prismatic-io/spectral";
import { recordingListExample } from "../../examplePayloads/recordings";
import { twilioConnection } from "../../inputs/connection";
import { namingInputs } from "../../inputs/labels";
import { CONTINUE_FROM_LABELS } from "../../inputs/lists";
import {
  createdAfter,
  createdBefore,
  recordingCallSid,
  recordingContinueFrom,
  recordingLimit,
  recordingPageSize,
} from "../../inputs/recordings";
import { recordingListOutput } from "../../outputSchemas/voice";

export const listRecordings = action({
  display: {
    label: "List Recordings",
    description:
      "List the account's call recordings, or one call's, newest first, filtered by date, up to a limit, with a pointer to the next page.",
  },
  inputs: {
    twilioConnection,
    callSid: recordingCallSid,
    createdBefore,
    createdAfter,
    limit: recordingLimit,
    pageSize: recordingPageSize,
    continueFrom: recordingContinueFrom,
  },
  perform: async (_context, { twilioConnection, callSid, createdBefore, createdAfter, limit, pageSize, continueFrom }) => {
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { listRecordings: readRecordings } = await import("../../client/voice/recordings");
    const data = await namingInputs(
      CONTINUE_FROM_LABELS,
      () =>
        readRecordings(getTwilioClient(twilioConnection), {
          query: { callSid, createdBefore, createdAfter },
          limit,
          pageSize,
          continueFrom,
        }),
      "an earlier List Recordings result",
    );
    return { data };
  },
  examplePayload: { data: recordingListExample },
  outputSchema: recordingListOutput,
  performSafety: "safe",
});
