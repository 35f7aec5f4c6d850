import { pollingTrigger } from "@prismatic-io/spectral";
import { newRecordingsExample } from "../examplePayloads/voiceTriggers";
import { voicePollingConnection } from "../inputs/voicePolling";

export const pollNewRecordings = pollingTrigger({
  display: {
    label: "New Recordings",
    description:
      "Check Twilio on a schedule and deliver each new call recording exactly once, oldest first. Download Recording fetches its audio.",
  },
  inputs: { connection: voicePollingConnection },
  perform: async (context, payload, { connection }) => {
    const { pollOnce } = await import("./pollOnce");
    const { getTwilioClient } = await import("../client/twilioClient");
    const { pollNewRecordings: findNewRecordings } = await import("../client/voice/polling");
    return pollOnce(context, payload, async (state) => {
      const { recordings, state: next } = await findNewRecordings(getTwilioClient(connection), state);
      return { items: recordings, state: next };
    });
  },
  examplePayload: newRecordingsExample,
});
