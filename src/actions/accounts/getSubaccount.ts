import { action } from "@prismatic-io/spectral";
import { subaccountExample } from "../../examplePayloads/subaccounts";
import { subaccountSid } from "../../inputs/accounts";
import { twilioConnection } from "../../inputs/connection";
import { subaccountOutput } from "../../outputSchemas/accounts";

export const getSubaccount = action({
  display: {
    label: "Get Subaccount",
    description: "Fetch a subaccount: its name, status (active, suspended or closed) and type. Its Auth Token is never returned.",
  },
  inputs: { twilioConnection, sid: subaccountSid },
  perform: async (_context, { twilioConnection, sid }) => {
    const { fetchSubaccount } = await import("../../client/accounts/subaccounts");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await fetchSubaccount(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: subaccountExample },
  outputSchema: subaccountOutput,
  performSafety: "safe",
});
