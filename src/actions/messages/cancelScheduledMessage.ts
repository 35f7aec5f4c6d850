import { action } from "@prismatic-io/spectral";
import { canceledMessageExample } from "../../examplePayloads/messageLifecycle";
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
    const { cancelScheduledMessage: cancelMessage } = await import("../../client/messages/lifecycle");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await cancelMessage(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: canceledMessageExample },
  outputSchema: messageOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/messages")).exampleCancelMessage(values),
});
