import { action } from "@prismatic-io/spectral";
import { deleteMessage as removeMessage } from "../../client/messages/lifecycle";
import { getTwilioClient } from "../../client/twilioClient";
import { deletedMessageExample } from "../../examplePayloads/messageLifecycle";
import { exampleDeleteMessage } from "../../examplePerforms/messages";
import { twilioConnection } from "../../inputs/connection";
import { messageSid } from "../../inputs/messages";
import { deletedMessageOutput } from "../../outputSchemas/messages";

export const deleteMessage = action({
  display: {
    label: "Delete Message",
    description: "Delete a message and its record from the account for good. A message still being sent cannot be deleted.",
  },
  inputs: { twilioConnection, sid: messageSid },
  perform: async (_context, { twilioConnection, sid }) => {
    const data = await removeMessage(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: deletedMessageExample },
  outputSchema: deletedMessageOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => exampleDeleteMessage(values),
});
