import { action } from "@prismatic-io/spectral";
import { queuedTranscriptExample } from "../../examplePayloads/intelligence";
import { twilioConnection } from "../../inputs/connection";
import { customerKey, intelligenceService, transcriptRecordingSid } from "../../inputs/intelligence";
import { transcriptOutput } from "../../outputSchemas/insights";

export const createTranscript = action({
  display: {
    label: "Create Transcript",
    description:
      "Transcribe a call recording with a Voice Intelligence Service. Twilio transcribes in the background: Get Transcript or the New Transcripts trigger give the text once completed.",
  },
  inputs: { twilioConnection, serviceSid: intelligenceService, recordingSid: transcriptRecordingSid, customerKey },
  perform: async (_context, { twilioConnection, serviceSid, recordingSid, customerKey }) => {
    const { createTranscript: startTranscript } = await import("../../client/intelligence/transcripts");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await startTranscript(getTwilioClient(twilioConnection), { serviceSid, recordingSid, customerKey });
    return { data };
  },
  examplePayload: { data: queuedTranscriptExample },
  outputSchema: transcriptOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/intelligence")).exampleCreateTranscript(values),
});
