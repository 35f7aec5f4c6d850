import type { listSubaccounts, SubaccountRecord } from "../client/accounts/subaccounts";
import type { AccountBalance, listUsageRecords, UsageRecord } from "../client/usage/usage";
import { actionOutput, decimalOrNull, list, record, text, textOrNull, timeOrNull } from "./fields";
import { pageFields } from "./messages";

type SubaccountList = Awaited<ReturnType<typeof listSubaccounts>>;
type UsageList = Awaited<ReturnType<typeof listUsageRecords>>;

const subaccountSchema = record<SubaccountRecord>()("A subaccount.", {
  sid: text("The subaccount's SID (AC...): use it in Get or Update Subaccount, or as the Account SID of a connection."),
  friendlyName: textOrNull("Its name."),
  status: textOrNull("active, suspended or closed (closed is final)."),
  type: textOrNull("Trial or Full."),
  ownerAccountSid: textOrNull("The main account that owns it (AC...)."),
  dateCreated: timeOrNull("When it was created."),
  dateUpdated: timeOrNull("When it last changed."),
});

export const subaccountOutput = actionOutput(subaccountSchema);

export const subaccountListOutput = actionOutput(
  record<SubaccountList>()("The account's subaccounts (the account itself left out).", {
    subaccounts: list(subaccountSchema, "The subaccounts found, up to the limit."),
    ...pageFields,
  }),
);

const usageRecordSchema = record<UsageRecord>()("Usage of one category over one period.", {
  category: text("The usage category, such as sms-outbound, calls-inbound or totalprice."),
  description: textOrNull("The category in words."),
  count: decimalOrNull("How many items (messages, calls...) were counted."),
  countUnit: textOrNull("What count counts, such as messages or calls."),
  usage: decimalOrNull("How much was used, in usageUnit (segments, minutes...)."),
  usageUnit: textOrNull("The unit of usage."),
  price: decimalOrNull("What it cost, in priceUnit."),
  priceUnit: textOrNull("The currency of price, such as usd."),
  startDate: textOrNull("The first day of the period (YYYY-MM-DD)."),
  endDate: textOrNull("The last day of the period (YYYY-MM-DD)."),
  asOf: textOrNull("When Twilio last counted it; the period may still be running."),
  accountSid: text("The account whose usage it is (AC...)."),
});

export const usageListOutput = actionOutput(
  record<UsageList>()("Usage records of the period.", {
    usageRecords: list(usageRecordSchema, "The records found, up to the limit."),
    ...pageFields,
  }),
);

export const balanceOutput = actionOutput(
  record<AccountBalance>()("The account's balance.", {
    accountSid: text("The account (AC...)."),
    balance: decimalOrNull("What is left to spend, in currency; null when Twilio did not say."),
    currency: textOrNull("The currency of balance, such as USD."),
  }),
);
