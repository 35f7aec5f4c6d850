import { action } from "@prismatic-io/spectral";
import { completedCallExample } from "../../examplePayloads/voice";
import { callSid } from "../../inputs/calls";
import { twilioConnection } from "../../inputs/connection";
import { callOutput } from "../../outputSchemas/voice";

export const getCall = action({
  display: {
    label: "Get Call",
    description: "Fetch one call by its SID: status, duration, price, who answered and more.",
  },
  inputs: { twilioConnection, sid: callSid },
  perform: async (_context, { twilioConnection, sid }) => {
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { fetchCall } = await import("../../client/voice/calls");
    const data = await fetchCall(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: completedCallExample },
  outputSchema: callOutput,
  performSafety: "safe",
});
