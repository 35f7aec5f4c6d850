import { action } from "@prismatic-io/spectral";
import { studioExecutionDetailsExample } from "../../examplePayloads/studio";
import { twilioConnection } from "../../inputs/connection";
import { executionSid, studioFlow } from "../../inputs/studio";
import { studioExecutionDetailsOutput } from "../../outputSchemas/products";

export const getStudioExecution = action({
  display: {
    label: "Get Studio Execution",
    description:
      "Get a Studio flow execution: its status (active or ended), its context (flow data and each widget's output) and the steps it ran.",
  },
  inputs: { twilioConnection, flow: studioFlow, executionSid },
  perform: async (_context, { twilioConnection, flow, executionSid }) => {
    const { getStudioExecution: fetchExecution } = await import("../../client/studio/executions");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await fetchExecution(getTwilioClient(twilioConnection), flow, executionSid);
    return { data };
  },
  examplePayload: { data: studioExecutionDetailsExample },
  outputSchema: studioExecutionDetailsOutput,
  performSafety: "safe",
});
