import { action } from "@prismatic-io/spectral";
import { completedTranscriptExample } from "../../examplePayloads/intelligence";
import { twilioConnection } from "../../inputs/connection";
import { transcriptSid } from "../../inputs/intelligence";
import { transcriptWithTextOutput } from "../../outputSchemas/insights";

export const getTranscript = action({
  display: {
    label: "Get Transcript",
    description:
      "Fetch a transcript: its status, and once completed its sentences (speaker, start and end time, text) and the whole text, a line per sentence.",
  },
  inputs: { twilioConnection, sid: transcriptSid },
  perform: async (_context, { twilioConnection, sid }) => {
    const { getTranscript: readTranscript } = await import("../../client/intelligence/transcripts");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await readTranscript(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: completedTranscriptExample },
  outputSchema: transcriptWithTextOutput,
  performSafety: "safe",
});
