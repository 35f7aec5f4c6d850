import { action } from "@prismatic-io/spectral";
import { balanceExample } from "../../examplePayloads/subaccounts";
import { twilioConnection } from "../../inputs/connection";
import { balanceOutput } from "../../outputSchemas/accounts";

export const getAccountBalance = action({
  display: {
    label: "Get Account Balance",
    description: "The account's current balance and its currency. A subaccount's usage is billed to its parent, so it shows the parent's.",
  },
  inputs: { twilioConnection },
  perform: async (_context, { twilioConnection }) => {
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { getAccountBalance: readBalance } = await import("../../client/usage/usage");
    const data = await readBalance(getTwilioClient(twilioConnection));
    return { data };
  },
  examplePayload: { data: balanceExample },
  outputSchema: balanceOutput,
  performSafety: "safe",
});
