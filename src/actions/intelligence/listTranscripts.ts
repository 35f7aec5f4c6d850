import { action } from "@prismatic-io/spectral";
import { transcriptListExample } from "../../examplePayloads/intelligence";
import { twilioConnection } from "../../inputs/connection";
import {
  intelligenceServiceFilter,
  transcriptContinueFrom,
  transcriptLimit,
  transcriptRecordingFilter,
  transcriptStatus,
} from "../../inputs/intelligence";
import { namingInputs } from "../../inputs/labels";
import { CONTINUE_FROM_LABELS } from "../../inputs/lists";
import { transcriptListOutput } from "../../outputSchemas/insights";

export const listTranscripts = action({
  display: {
    label: "List Transcripts",
    description:
      "List Voice Intelligence transcripts newest first, by service, status or recording, up to a limit, with a pointer to the next page.",
  },
  inputs: {
    twilioConnection,
    serviceSid: intelligenceServiceFilter,
    status: transcriptStatus,
    recordingSid: transcriptRecordingFilter,
    limit: transcriptLimit,
    continueFrom: transcriptContinueFrom,
  },
  perform: async (_context, { twilioConnection, serviceSid, status, recordingSid, limit, continueFrom }) => {
    const { listTranscripts: readTranscripts } = await import("../../client/intelligence/transcripts");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await namingInputs(
      CONTINUE_FROM_LABELS,
      () =>
        readTranscripts(getTwilioClient(twilioConnection), {
          query: { serviceSid, status, recordingSid },
          limit,
          continueFrom,
        }),
      "an earlier List Transcripts result",
    );
    return { data };
  },
  examplePayload: { data: transcriptListExample },
  outputSchema: transcriptListOutput,
  performSafety: "safe",
});
