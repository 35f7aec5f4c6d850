import { queuedTranscriptExample } from "../examplePayloads/intelligence";

/** The transcript queued, as Create Transcript returns it at once: transcribing happens later. */
export const exampleCreateTranscript = (values: { serviceSid: string; customerKey?: string }) => ({
  data: { ...queuedTranscriptExample, serviceSid: values.serviceSid, customerKey: values.customerKey ?? null },
});
