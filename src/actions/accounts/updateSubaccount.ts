import { action } from "@prismatic-io/spectral";
import { updateSubaccount as changeSubaccount } from "../../client/accounts/subaccounts";
import { getTwilioClient } from "../../client/twilioClient";
import { subaccountExample } from "../../examplePayloads/subaccounts";
import { confirmClose, subaccountName, subaccountNewStatus, subaccountSid } from "../../inputs/accounts";
import { twilioConnection } from "../../inputs/connection";

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
    const data = await changeSubaccount(getTwilioClient(twilioConnection), sid, { friendlyName, status, confirmClose });
    return { data };
  },
  examplePayload: { data: subaccountExample },
});
