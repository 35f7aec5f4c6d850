import { action } from "@prismatic-io/spectral";
import { twilioConnection } from "../../inputs/connection";
import { rawRequestInputs } from "../../inputs/rawRequest";

export const rawRequest = action({
  display: {
    label: "Raw Request",
    description: "Call any Twilio REST endpoint with this connection's credentials, for what no other action covers.",
  },
  inputs: { twilioConnection, ...rawRequestInputs },
  perform: async (context, { twilioConnection, ...values }) => {
    const { sendTwilioRawRequest } = await import("../../client/raw/rawRequest");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await sendTwilioRawRequest(getTwilioClient(twilioConnection), values, context.logger);
    return { data };
  },
  examplePayload: {
    data: {
      calls: [],
      first_page_uri: "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Calls.json?PageSize=50&Page=0",
      next_page_uri: null,
      page: 0,
      page_size: 50,
      uri: "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Calls.json?PageSize=50&Page=0",
    },
  },
});
