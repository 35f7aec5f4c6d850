import { action } from "@prismatic-io/spectral";
import { subaccountListExample } from "../../examplePayloads/subaccounts";
import { subaccountContinueFrom, subaccountLimit, subaccountName, subaccountStatusFilter } from "../../inputs/accounts";
import { twilioConnection } from "../../inputs/connection";
import { namingInputs } from "../../inputs/labels";
import { CONTINUE_FROM_LABELS } from "../../inputs/lists";
import { subaccountListOutput } from "../../outputSchemas/accounts";

export const listSubaccounts = action({
  display: {
    label: "List Subaccounts",
    description:
      "List the subaccounts of the connection's account, by status or exact name, with a bounded limit and a pointer to the next page. Auth Tokens are never returned.",
  },
  inputs: {
    twilioConnection,
    status: subaccountStatusFilter,
    friendlyName: { ...subaccountName, comments: "Only the subaccount with exactly this name." },
    limit: subaccountLimit,
    continueFrom: subaccountContinueFrom,
  },
  perform: async (_context, { twilioConnection, status, friendlyName, limit, continueFrom }) => {
    const { listSubaccounts: readSubaccounts } = await import("../../client/accounts/subaccounts");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await namingInputs(
      CONTINUE_FROM_LABELS,
      () => readSubaccounts(getTwilioClient(twilioConnection), { status, friendlyName, limit, continueFrom }),
      "an earlier List Subaccounts result",
    );
    return { data };
  },
  examplePayload: { data: subaccountListExample },
  outputSchema: subaccountListOutput,
  performSafety: "safe",
});
