import { action } from "@prismatic-io/spectral";
import { sendTwilioRawRequest } from "../../client/raw/rawRequest";
import { getTwilioClient } from "../../client/twilioClient";
import { rawRequestExample } from "../../examplePayloads/raw";
import { exampleRawRequest } from "../../examplePerforms/products";
import { twilioConnection } from "../../inputs/connection";
import { rawRequestInputs } from "../../inputs/rawRequest";
import { rawOutput } from "../../outputSchemas/products";

export const rawRequest = action({
  display: {
    label: "Raw Request",
    description: "Call any Twilio REST endpoint with this connection's credentials, for what no other action covers.",
  },
  inputs: { twilioConnection, ...rawRequestInputs },
  perform: async (context, { twilioConnection, ...values }) => {
    const data = await sendTwilioRawRequest(getTwilioClient(twilioConnection), values, context.logger);
    return { data };
  },
  examplePayload: { data: rawRequestExample },
  outputSchema: rawOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => exampleRawRequest(values),
});
