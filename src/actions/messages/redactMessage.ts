import { action } from "@prismatic-io/spectral";
import { redactMessageBody } from "../../client/messages/lifecycle";
import { getTwilioClient } from "../../client/twilioClient";
import { redactedMessageExample } from "../../examplePayloads/messageLifecycle";
import { exampleRedactMessage } from "../../examplePerforms/messages";
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
    const data = await redactMessageBody(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: redactedMessageExample },
  outputSchema: messageOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => exampleRedactMessage(values),
});
