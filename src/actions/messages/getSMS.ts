import { action } from "@prismatic-io/spectral";
import { sentMessageExample } from "../../examplePayloads/messages";
import { twilioConnection } from "../../inputs/connection";
import { messageSid } from "../../inputs/messages";
import { messageOutput } from "../../outputSchemas/messages";

export const getSMS = action({
  display: {
    label: "Get Message",
    description: "Fetch one message by its SID: status, error code, price, body and more.",
  },
  inputs: { twilioConnection, sid: messageSid },
  perform: async (_context, { twilioConnection, sid }) => {
    const { fetchMessage } = await import("../../client/messages/messages");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await fetchMessage(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: sentMessageExample },
  outputSchema: messageOutput,
  performSafety: "safe",
});
