import { pollingTrigger } from "@prismatic-io/spectral";
import { getTwilioClient } from "../client/twilioClient";
import { pollNewRecordings as findNewRecordings } from "../client/voice/polling";
import { newRecordingsExample } from "../examplePayloads/voiceTriggers";
import { voicePollingConnection } from "../inputs/voicePolling";
import { pollOnce } from "./pollOnce";

export const pollNewRecordings = pollingTrigger({
  display: {
    label: "New Recordings",
    description:
      "Check Twilio on a schedule and deliver each new call recording exactly once, oldest first. Download Recording fetches its audio.",
  },
  inputs: { connection: voicePollingConnection },
  perform: (context, payload, { connection }) =>
    pollOnce(context, payload, async (state) => {
      const { recordings, state: next } = await findNewRecordings(getTwilioClient(connection), state);
      return { items: recordings, state: next };
    }),
  examplePayload: newRecordingsExample,
});
