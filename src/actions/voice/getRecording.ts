import { action } from "@prismatic-io/spectral";
import { recordingExample } from "../../examplePayloads/recordings";
import { twilioConnection } from "../../inputs/connection";
import { recordingSid } from "../../inputs/recordings";
import { recordingOutput } from "../../outputSchemas/voice";

export const getRecording = action({
  display: {
    label: "Get Recording",
    description: "Fetch one recording by its SID: its call, duration, status, price and channels.",
  },
  inputs: { twilioConnection, sid: recordingSid },
  perform: async (_context, { twilioConnection, sid }) => {
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { fetchRecording } = await import("../../client/voice/recordings");
    const data = await fetchRecording(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: recordingExample },
  outputSchema: recordingOutput,
  performSafety: "safe",
});
