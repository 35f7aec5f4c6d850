import { pollingTrigger } from "@prismatic-io/spectral";
import { pollNewTranscripts as findNewTranscripts } from "../client/intelligence/transcripts";
import { getTwilioClient } from "../client/twilioClient";
import { newTranscriptsExample } from "../examplePayloads/intelligence";
import { intelligenceServiceFilter } from "../inputs/intelligence";
import { voicePollingConnection } from "../inputs/voicePolling";
import { pollOnce } from "./pollOnce";

export const pollNewTranscripts = pollingTrigger({
  display: {
    label: "New Transcripts",
    description:
      "Check Twilio on a schedule and deliver each Voice Intelligence transcript exactly once, oldest first, when it is completed, with its sentences and text.",
  },
  inputs: { connection: voicePollingConnection, serviceSid: intelligenceServiceFilter },
  perform: (context, payload, { connection, serviceSid }) =>
    pollOnce(context, payload, async (state) => {
      const { transcripts, state: next } = await findNewTranscripts(getTwilioClient(connection), state, { serviceSid });
      return { items: transcripts, state: next };
    }),
  examplePayload: newTranscriptsExample,
});
