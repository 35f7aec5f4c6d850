import { action } from "@prismatic-io/spectral";
import { deletedMessageExample } from "../../examplePayloads/messageLifecycle";
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
    const { deleteMessage: removeMessage } = await import("../../client/messages/lifecycle");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await removeMessage(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: deletedMessageExample },
  outputSchema: deletedMessageOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/messages")).exampleDeleteMessage(values),
});
