import { action } from "@prismatic-io/spectral";
import { fileOutput } from "../../client/media/fileOutput";
import { getTwilioClient } from "../../client/twilioClient";
import { downloadRecording as fetchAudio } from "../../client/voice/recordings";
import { recordingFileExample } from "../../examplePayloads/recordings";
import { twilioConnection } from "../../inputs/connection";
import { maxSizeMb } from "../../inputs/downloads";
import { audioFormat, recordingSid } from "../../inputs/recordings";
import { fileOutputSchema } from "../../outputSchemas/fields";

export const downloadRecording = action({
  display: {
    label: "Download Recording",
    description: "Download a recording's audio as a file (MP3 or WAV) with its content type, for a later step to store or send.",
  },
  inputs: { twilioConnection, sid: recordingSid, format: audioFormat, maxSize: maxSizeMb },
  perform: async (_context, { twilioConnection, sid, format, maxSize }) => {
    return fileOutput(await fetchAudio(getTwilioClient(twilioConnection), sid, format, maxSize));
  },
  examplePayload: recordingFileExample,
  outputSchema: fileOutputSchema,
  performSafety: "safe",
});
