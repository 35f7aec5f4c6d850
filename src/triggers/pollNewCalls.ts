import { pollingTrigger } from "@prismatic-io/spectral";
import { newCallsExample } from "../examplePayloads/voiceTriggers";
import { callFromFilter, callToFilter } from "../inputs/callList";
import { inboundCallsOnly, voicePollingConnection } from "../inputs/voicePolling";

export const pollNewCalls = pollingTrigger({
  display: {
    label: "New Calls",
    description: "Check Twilio on a schedule and deliver each new call exactly once, oldest first, as soon as it has started.",
  },
  inputs: { connection: voicePollingConnection, from: callFromFilter, to: callToFilter, inboundOnly: inboundCallsOnly },
  perform: async (context, payload, { connection, from, to, inboundOnly }) => {
    const { pollOnce } = await import("./pollOnce");
    const { getTwilioClient } = await import("../client/twilioClient");
    const { pollNewCalls: findNewCalls } = await import("../client/voice/polling");
    return pollOnce(context, payload, async (state) => {
      const { calls, state: next } = await findNewCalls(getTwilioClient(connection), state, { to, from, inboundOnly });
      return { items: calls, state: next };
    });
  },
  examplePayload: newCallsExample,
});
