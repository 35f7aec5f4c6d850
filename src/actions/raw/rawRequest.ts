import { action } from "@prismatic-io/spectral";
import { rawRequestExample } from "../../examplePayloads/raw";
import { twilioConnection } from "../../inputs/connection";
import { namingInputs } from "../../inputs/labels";
import { RAW_URL_LABELS, rawRequestInputs, toRawRequest } from "../../inputs/rawRequest";
import { rawOutput } from "../../outputSchemas/products";

export const rawRequest = action({
  display: {
    label: "Raw Request",
    description: "Call any Twilio REST endpoint with this connection's credentials, for what no other action covers.",
  },
  inputs: { twilioConnection, ...rawRequestInputs },
  perform: async (context, { twilioConnection, ...values }) => {
    const request = toRawRequest(values);
    const { sendTwilioRawRequest } = await import("../../client/raw/rawRequest");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await namingInputs(RAW_URL_LABELS, () => sendTwilioRawRequest(getTwilioClient(twilioConnection), request, context.logger));
    return { data };
  },
  examplePayload: { data: rawRequestExample },
  outputSchema: rawOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/products")).exampleRawRequest(values),
});
