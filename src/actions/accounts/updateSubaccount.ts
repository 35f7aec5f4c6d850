import { action } from "@prismatic-io/spectral";
import { subaccountExample } from "../../examplePayloads/subaccounts";
import { confirmClose, subaccountName, subaccountNewStatus, subaccountSid, toSubaccountChange } from "../../inputs/accounts";
import { twilioConnection } from "../../inputs/connection";
import { subaccountOutput } from "../../outputSchemas/accounts";

export const updateSubaccount = action({
  display: {
    label: "Update Subaccount",
    description:
      "Rename a subaccount, suspend or reactivate it, or close it for good (closing needs its SID typed again in Confirm Closing).",
  },
  inputs: {
    twilioConnection,
    sid: subaccountSid,
    friendlyName: { ...subaccountName, comments: "A new name for the subaccount (up to 64 characters). Leave empty to keep it." },
    status: subaccountNewStatus,
    confirmClose,
  },
  perform: async (_context, { twilioConnection, sid, friendlyName, status, confirmClose }) => {
    const { ownerSid, updateSubaccount: changeSubaccount } = await import("../../client/accounts/subaccounts");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const client = getTwilioClient(twilioConnection);
    const change = toSubaccountChange(sid, { friendlyName, status, confirmClose }, ownerSid(client));
    const data = await changeSubaccount(client, sid, change);
    return { data };
  },
  examplePayload: { data: subaccountExample },
  outputSchema: subaccountOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/accounts")).exampleUpdateSubaccount(values),
});
