import { action } from "@prismatic-io/spectral";
import { redactedMessageExample } from "../../examplePayloads/messageLifecycle";
import { twilioConnection } from "../../inputs/connection";
import { messageSid } from "../../inputs/messages";
import { messageOutput } from "../../outputSchemas/messages";

export const redactMessage = action({
  display: {
    label: "Redact Message",
    description: "Erase the text of a sent or received message at Twilio (for one-time codes or personal data). The message record stays.",
  },
  inputs: { twilioConnection, sid: messageSid },
  perform: async (_context, { twilioConnection, sid }) => {
    const { redactMessageBody } = await import("../../client/messages/lifecycle");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await redactMessageBody(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: redactedMessageExample },
  outputSchema: messageOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/messages")).exampleRedactMessage(values),
});
