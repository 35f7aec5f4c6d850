import type { SubaccountRecord } from "../client/accounts/subaccounts";
import type { AccountBalance, UsageRecord } from "../client/usage/usage";

export const subaccountExample: SubaccountRecord = {
  sid: "AC9d816f0b90d2a10b913868462e339d29",
  friendlyName: "Acme Dental (customer 1234)",
  status: "active",
  type: "Full",
  ownerAccountSid: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
  dateCreated: "2026-11-20T16:04:31.000Z",
  dateUpdated: "2026-11-20T16:04:31.000Z",
};

export const subaccountListExample = {
  subaccounts: [
    subaccountExample,
    { ...subaccountExample, sid: "AC2172dd2db502e20dd981ef0d67850e1a", friendlyName: "Bright Smiles (customer 1235)" },
  ],
  nextPageUri: null,
  hasMore: false,
};

const usageRecordExample: UsageRecord = {
  category: "sms-outbound",
  description: "Outbound SMS",
  count: 1280,
  countUnit: "messages",
  usage: 1412,
  usageUnit: "segments",
  price: 11.12,
  priceUnit: "usd",
  startDate: "2026-11-01",
  endDate: "2026-11-30",
  asOf: "2026-11-30T23:59:59+00:00",
  accountSid: "AC9d816f0b90d2a10b913868462e339d29",
};

export const usageListExample = {
  usageRecords: [
    usageRecordExample,
    {
      ...usageRecordExample,
      category: "calls-outbound",
      description: "Outbound voice minutes",
      count: 92,
      countUnit: "calls",
      usage: 311,
      usageUnit: "minutes",
      price: 4.35,
    },
  ],
  nextPageUri: null,
  hasMore: false,
};

export const balanceExample: AccountBalance = { accountSid: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", balance: 42.17, currency: "USD" };
