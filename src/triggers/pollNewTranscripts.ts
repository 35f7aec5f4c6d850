import { pollingTrigger } from "@prismatic-io/spectral";
import { newTranscriptsExample } from "../examplePayloads/intelligence";
import { intelligenceServiceFilter } from "../inputs/intelligence";
import { voicePollingConnection } from "../inputs/voicePolling";

export const pollNewTranscripts = pollingTrigger({
  display: {
    label: "New Transcripts",
    description:
      "Check Twilio on a schedule and deliver each Voice Intelligence transcript exactly once, oldest first, when it is completed, with its sentences and text.",
  },
  inputs: { connection: voicePollingConnection, serviceSid: intelligenceServiceFilter },
  perform: async (context, payload, { connection, serviceSid }) => {
    const { pollOnce } = await import("./pollOnce");
    const { getTwilioClient } = await import("../client/twilioClient");
    const { pollNewTranscripts: findNewTranscripts } = await import("../client/intelligence/transcripts");
    return pollOnce(context, payload, async (state) => {
      const { transcripts, state: next } = await findNewTranscripts(getTwilioClient(connection), state, { serviceSid });
      return { items: transcripts, state: next };
    });
  },
  examplePayload: newTranscriptsExample,
});
