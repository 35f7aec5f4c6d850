import { action } from "@prismatic-io/spectral";
import { getTwilioClient } from "../../client/twilioClient";
import { getAccountBalance as readBalance } from "../../client/usage/usage";
import { balanceExample } from "../../examplePayloads/subaccounts";
import { twilioConnection } from "../../inputs/connection";

export const getAccountBalance = action({
  display: {
    label: "Get Account Balance",
    description: "The account's current balance and its currency. A subaccount's usage is billed to its parent, so it shows the parent's.",
  },
  inputs: { twilioConnection },
  perform: async (_context, { twilioConnection }) => {
    const data = await readBalance(getTwilioClient(twilioConnection));
    return { data };
  },
  examplePayload: { data: balanceExample },
});
