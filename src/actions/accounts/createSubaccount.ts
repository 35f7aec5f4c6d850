import { action } from "@prismatic-io/spectral";
import { subaccountExample } from "../../examplePayloads/subaccounts";
import { subaccountName } from "../../inputs/accounts";
import { twilioConnection } from "../../inputs/connection";
import { subaccountOutput } from "../../outputSchemas/accounts";

export const createSubaccount = action({
  display: {
    label: "Create Subaccount",
    description:
      "Create a subaccount of the connection's account, e.g. one per customer. Put its SID in a connection's Subaccount SID to act on it. Its Auth Token is never returned.",
  },
  inputs: { twilioConnection, friendlyName: subaccountName },
  perform: async (_context, { twilioConnection, friendlyName }) => {
    const { createSubaccount: addSubaccount } = await import("../../client/accounts/subaccounts");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await addSubaccount(getTwilioClient(twilioConnection), friendlyName);
    return { data };
  },
  examplePayload: { data: subaccountExample },
  outputSchema: subaccountOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/accounts")).exampleCreateSubaccount(values),
});
