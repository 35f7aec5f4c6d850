import { action } from "@prismatic-io/spectral";
import { getTwilioClient } from "../../client/twilioClient";
import { deleteRecording as removeRecording } from "../../client/voice/recordings";
import { deletedRecordingExample } from "../../examplePayloads/recordings";
import { exampleDeleteRecording } from "../../examplePerforms/voice";
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
    const data = await removeRecording(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: deletedRecordingExample },
  outputSchema: deletedRecordingOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => exampleDeleteRecording(values),
});
