import type { StudioExecution, StudioExecutionDetails } from "../client/studio/executions";

const FLOW_SID = "FW9d816f0b90d2a10b913868462e339d29";
const EXECUTION_SID = "FN1f0e8ae6ade43cb3c0ce4525424e404f";
const EXECUTION_URL = `https://studio.twilio.com/v2/Flows/${FLOW_SID}/Executions/${EXECUTION_SID}`;

export const studioExecutionExample: StudioExecution = {
  sid: EXECUTION_SID,
  flowSid: FLOW_SID,
  accountSid: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
  contactChannelAddress: "+15558675310",
  status: "active",
  dateCreated: "2026-11-20T16:04:31.000Z",
  dateUpdated: "2026-11-20T16:04:31.000Z",
  url: EXECUTION_URL,
};

export const studioExecutionDetailsExample: StudioExecutionDetails = {
  ...studioExecutionExample,
  status: "ended",
  dateUpdated: "2026-11-20T16:05:12.000Z",
  context: {
    flow: { flow_sid: FLOW_SID, channel: { address: "+15017122661" }, data: { orderId: "1234" } },
    contact: { channel: { address: "+15558675310" } },
    widgets: { send_confirmation: { status: "delivered", sid: "SM1f0e8ae6ade43cb3c0ce4525424e404f" } },
  },
  steps: [
    {
      sid: "FT7a9d0c7e3b1f4e5a8c2d6b0e9f1a3c5d",
      name: "send_confirmation",
      transitionedFrom: "Trigger",
      transitionedTo: "Ended",
      parentStepSid: null,
      context: {},
      dateCreated: "2026-11-20T16:04:32.000Z",
    },
  ],
  hasMoreSteps: false,
};
