import { action } from "@prismatic-io/spectral";
import { listTranscripts as readTranscripts } from "../../client/intelligence/transcripts";
import { getTwilioClient } from "../../client/twilioClient";
import { transcriptListExample } from "../../examplePayloads/intelligence";
import { twilioConnection } from "../../inputs/connection";
import {
  intelligenceServiceFilter,
  transcriptContinueFrom,
  transcriptLimit,
  transcriptRecordingFilter,
  transcriptStatus,
} from "../../inputs/intelligence";

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
    const data = await readTranscripts(getTwilioClient(twilioConnection), {
      query: { serviceSid, status, recordingSid },
      limit,
      continueFrom,
    });
    return { data };
  },
  examplePayload: { data: transcriptListExample },
});
