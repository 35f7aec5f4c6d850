import { action } from "@prismatic-io/spectral";
import { deletedCallExample } from "../../examplePayloads/voice";
import { callSid, confirmCallDeletion, confirmDeletion } from "../../inputs/calls";
import { twilioConnection } from "../../inputs/connection";
import { deletedCallOutput } from "../../outputSchemas/voice";

export const deleteCall = action({
  display: {
    label: "Delete Call",
    description:
      "Delete a call's record from the account's call log for good. Irreversible: Confirm Deletion must repeat the Call SID, or nothing is deleted. Its recordings stay: delete them with Delete Recording.",
  },
  inputs: { twilioConnection, sid: callSid, confirmSid: confirmCallDeletion },
  perform: async (_context, { twilioConnection, sid, confirmSid }) => {
    confirmDeletion(confirmSid, sid);
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { deleteCall: removeCall } = await import("../../client/voice/calls");
    const data = await removeCall(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: deletedCallExample },
  outputSchema: deletedCallOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/voice")).exampleDeleteCall(values),
});
