import { action } from "@prismatic-io/spectral";
import { recordingFileExample } from "../../examplePayloads/recordings";
import { twilioConnection } from "../../inputs/connection";
import { maxSizeMb, namingMaxSize } from "../../inputs/downloads";
import { audioFormat, recordingSid } from "../../inputs/recordings";
import { fileOutputSchema } from "../../outputSchemas/fields";

export const downloadRecording = action({
  display: {
    label: "Download Recording",
    description: "Download a recording's audio as a file (MP3 or WAV) with its content type, for a later step to store or send.",
  },
  inputs: { twilioConnection, sid: recordingSid, format: audioFormat, maxSize: maxSizeMb },
  perform: async (_context, { twilioConnection, sid, format, maxSize }) => {
    const { fileOutput } = await import("../../client/media/fileOutput");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { downloadRecording: fetchAudio } = await import("../../client/voice/recordings");
    return fileOutput(await fetchAudio(getTwilioClient(twilioConnection), sid, format, maxSize).catch(namingMaxSize));
  },
  examplePayload: recordingFileExample,
  outputSchema: fileOutputSchema,
  performSafety: "safe",
});
