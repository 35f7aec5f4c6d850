import { action } from "@prismatic-io/spectral";
import { cancelScheduledMessage as cancelMessage } from "../../client/messages/lifecycle";
import { getTwilioClient } from "../../client/twilioClient";
import { canceledMessageExample } from "../../examplePayloads/messageLifecycle";
import { exampleCancelMessage } from "../../examplePerforms/messages";
import { twilioConnection } from "../../inputs/connection";
import { messageSid } from "../../inputs/messages";
import { messageOutput } from "../../outputSchemas/messages";

export const cancelScheduledMessage = action({
  display: {
    label: "Cancel Scheduled Message",
    description: "Cancel a message scheduled with Send At, before it goes out. Its status becomes 'canceled'.",
  },
  inputs: { twilioConnection, sid: messageSid },
  perform: async (_context, { twilioConnection, sid }) => {
    const data = await cancelMessage(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: canceledMessageExample },
  outputSchema: messageOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => exampleCancelMessage(values),
});
