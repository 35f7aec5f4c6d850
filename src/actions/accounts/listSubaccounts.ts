import { action } from "@prismatic-io/spectral";
import { listSubaccounts as readSubaccounts } from "../../client/accounts/subaccounts";
import { getTwilioClient } from "../../client/twilioClient";
import { subaccountListExample } from "../../examplePayloads/subaccounts";
import { subaccountLimit, subaccountName, subaccountStatusFilter } from "../../inputs/accounts";
import { twilioConnection } from "../../inputs/connection";

export const listSubaccounts = action({
  display: {
    label: "List Subaccounts",
    description:
      "List the subaccounts of the connection's account, by status or exact name, up to a limit. Auth Tokens are never returned.",
  },
  inputs: {
    twilioConnection,
    status: subaccountStatusFilter,
    friendlyName: { ...subaccountName, comments: "Only the subaccount with exactly this name." },
    limit: subaccountLimit,
  },
  perform: async (_context, { twilioConnection, status, friendlyName, limit }) => {
    const data = await readSubaccounts(getTwilioClient(twilioConnection), { status, friendlyName, limit });
    return { data };
  },
  examplePayload: { data: subaccountListExample },
});
