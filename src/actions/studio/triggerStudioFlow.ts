import { action } from "@prismatic-io/spectral";
import { studioExecutionExample } from "../../examplePayloads/studio";
import { twilioConnection } from "../../inputs/connection";
import { IDEMPOTENCY_KEY_LABELS, idempotencyInputs, toIdempotencyOptions } from "../../inputs/idempotency";
import { namingInputs } from "../../inputs/labels";
import { studioStartInputs, toFlowParameters } from "../../inputs/studio";
import { studioExecutionOutput } from "../../outputSchemas/products";

export const triggerStudioFlow = action({
  display: {
    label: "Start Studio Flow",
    description:
      "Start a Twilio Studio flow for one contact, with data the flow reads as {{flow.data.<key>}}, and get the execution. Not retried on failure: a flow may text or call; with an idempotency key never started twice by a rerun of the flow.",
  },
  inputs: { twilioConnection, ...studioStartInputs, ...idempotencyInputs },
  perform: async (context, values) => {
    const { startStudioExecution, startStudioExecutionOnce } = await import("../../client/studio/executions");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { twilioConnection, flow, to, from, idempotencyKey, idempotencyStore, syncService } = values;
    const start = { flowSid: flow, to, from, parameters: toFlowParameters(values) };
    const client = getTwilioClient(twilioConnection);
    // Without a key the output stays as it was before keys: no replayed field.
    if (!idempotencyKey) return { data: await startStudioExecution(client, start) };
    const run = toIdempotencyOptions({ idempotencyKey, idempotencyStore, syncService }, context.instanceState);
    const { data, instanceState } = await namingInputs(IDEMPOTENCY_KEY_LABELS, () => startStudioExecutionOnce(client, start, run));
    return instanceState ? { data, instanceState } : { data };
  },
  examplePayload: { data: studioExecutionExample },
  outputSchema: studioExecutionOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/products")).exampleStartStudioFlow(values),
});
