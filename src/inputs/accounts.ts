import { input } from "@prismatic-io/spectral";
import type { SubaccountChange } from "../client/accounts/subaccounts";
import { checkedSid } from "../client/identifiers/sids";
import { ACCOUNT_STATUSES, type AccountStatus } from "../client/terms";
import { InputError } from "../client/transport/errors";
import { cleanChoice, cleanShortText, optionalText } from "./clean";
import { continueFromInput, limitInput } from "./lists";

export const subaccountSid = input({
  label: "Subaccount SID",
  type: "string",
  required: true,
  example: "AC9d816f0b90d2a10b913868462e339d29",
  comments: "The subaccount (AC...), as returned by Create Subaccount or List Subaccounts.",
  clean: (value: unknown): string => checkedSid("account", optionalText(value) ?? "", "Subaccount SID"),
});

export const subaccountName = input({
  label: "Friendly Name",
  type: "string",
  required: false,
  example: "Acme Dental (customer 1234)",
  comments:
    "A name for the subaccount, such as your customer's name and id (up to 64 characters). Twilio names it after the date otherwise.",
  clean: cleanShortText("Friendly Name", 64),
});

export const subaccountStatusFilter = input({
  label: "Status",
  type: "string",
  required: false,
  model: [
    { label: "Any", value: "" },
    { label: "Active", value: "active" },
    { label: "Suspended", value: "suspended" },
    { label: "Closed", value: "closed" },
  ],
  comments: "Only subaccounts with this status.",
  clean: cleanChoice("Status", ACCOUNT_STATUSES),
});

export const subaccountNewStatus = input({
  label: "Status",
  type: "string",
  required: false,
  model: [
    { label: "Keep as it is", value: "" },
    { label: "Active (reactivate a suspended subaccount)", value: "active" },
    { label: "Suspended (stops sending and calling; can be reactivated)", value: "suspended" },
    { label: "Closed (permanent: needs Confirm Closing)", value: "closed" },
  ],
  comments:
    "Suspend a subaccount to stop it sending and calling until it is reactivated. Closing is permanent: its numbers are released and it can never be reactivated, so it needs Confirm Closing.",
  clean: cleanChoice("Status", ACCOUNT_STATUSES),
});

export const confirmClose = input({
  label: "Confirm Closing",
  type: "string",
  required: false,
  example: "AC9d816f0b90d2a10b913868462e339d29",
  comments: "Only to close: the Subaccount SID typed again. Anything else refuses the change and sends nothing.",
  clean: optionalText,
});

export const subaccountLimit = limitInput("subaccounts", { defaultLimit: 100 });

export const subaccountContinueFrom = continueFromInput(
  "List Subaccounts",
  "subaccounts",
  "/2010-04-01/Accounts.json?PageSize=100&Page=1&PageToken=PAAC...",
);

/**
 * Update Subaccount's inputs together: a subaccount, not the connection's own account (`ownerSid`,
 * when known), something to change, and a close only with the SID typed again (closing is permanent).
 */
export function toSubaccountChange(
  sid: string,
  values: { friendlyName?: string; status?: AccountStatus; confirmClose?: string },
  ownerSid?: string,
): SubaccountChange {
  if (sid === ownerSid) throw new InputError("Subaccount SID", "a subaccount of the connection's account, not the account itself", sid);
  if (values.status === "closed" && values.confirmClose !== sid) {
    throw new InputError(
      "Confirm Closing",
      `the Subaccount SID (${sid}) typed again: closing a subaccount is permanent`,
      values.confirmClose ?? "",
    );
  }
  if (values.friendlyName === undefined && values.status === undefined)
    throw new InputError("Friendly Name", "a new name, or a Status to change to");
  return { friendlyName: values.friendlyName, status: values.status };
}
