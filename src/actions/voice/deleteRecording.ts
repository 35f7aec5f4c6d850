import { action } from "@prismatic-io/spectral";
import { deletedRecordingExample } from "../../examplePayloads/recordings";
import { twilioConnection } from "../../inputs/connection";
import { recordingSid } from "../../inputs/recordings";
import { deletedRecordingOutput } from "../../outputSchemas/voice";

export const deleteRecording = action({
  display: {
    label: "Delete Recording",
    description: "Delete a recording and its audio from the account for good.",
  },
  inputs: { twilioConnection, sid: recordingSid },
  perform: async (_context, { twilioConnection, sid }) => {
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { deleteRecording: removeRecording } = await import("../../client/voice/recordings");
    const data = await removeRecording(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: deletedRecordingExample },
  outputSchema: deletedRecordingOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/voice")).exampleDeleteRecording(values),
});
