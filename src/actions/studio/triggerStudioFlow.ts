import { action } from "@prismatic-io/spectral";
import { studioExecutionExample } from "../../examplePayloads/studio";
import { twilioConnection } from "../../inputs/connection";
import { studioStartInputs, toFlowParameters } from "../../inputs/studio";
import { studioExecutionOutput } from "../../outputSchemas/products";

export const triggerStudioFlow = action({
  display: {
    label: "Start Studio Flow",
    description:
      "Start a Twilio Studio flow for one contact, with data the flow reads as {{flow.data.<key>}}, and get the execution. Not retried on failure: a flow may text or call.",
  },
  inputs: { twilioConnection, ...studioStartInputs },
  perform: async (_context, values) => {
    const { startStudioExecution } = await import("../../client/studio/executions");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { twilioConnection, flow, to, from } = values;
    const data = await startStudioExecution(getTwilioClient(twilioConnection), {
      flowSid: flow,
      to,
      from,
      parameters: toFlowParameters(values),
    });
    return { data };
  },
  examplePayload: { data: studioExecutionExample },
  outputSchema: studioExecutionOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/products")).exampleStartStudioFlow(values),
});
