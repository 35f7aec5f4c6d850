import { action } from "@prismatic-io/spectral";
import { connectionCheckExample } from "../../examplePayloads/account";
import { twilioConnection } from "../../inputs/connection";
import { connectionCheckOutput } from "../../outputSchemas/products";

export const testConnection = action({
  display: {
    label: "Test Connection",
    description:
      "Check that the connection's credentials work and the account can send: returns ok, the account's name, status and type, or what is wrong and how to fix it.",
  },
  inputs: { twilioConnection },
  perform: async (_context, { twilioConnection }) => {
    const { checkConnection } = await import("../../client/account/account");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await checkConnection(getTwilioClient(twilioConnection));
    return { data };
  },
  examplePayload: { data: connectionCheckExample },
  outputSchema: connectionCheckOutput,
  performSafety: "safe",
});
