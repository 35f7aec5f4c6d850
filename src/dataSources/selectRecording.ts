import { dataSource } from "@prismatic-io/spectral";
import { getTwilioClient } from "../client/twilioClient";
import { recentRecordingChoices } from "../client/voice/recordings";
import { recordingChoicesExample } from "../examplePayloads/voicePickers";
import { twilioConnection } from "../inputs/connection";

export const selectRecording = dataSource({
  display: {
    label: "Select Recording",
    description: "Pick one of the account's 100 most recent recordings, newest first.",
  },
  dataSourceType: "picklist",
  inputs: { connection: twilioConnection },
  perform: async (_context, { connection }) => {
    const result = await recentRecordingChoices(getTwilioClient(connection));
    return { result };
  },
  examplePayload: { result: recordingChoicesExample },
});
