import { continueFromInput, limitInput } from "./lists";

export const phoneNumberLimit = limitInput("phone numbers", { defaultLimit: 100, order: "" });

export const phoneNumberContinueFrom = continueFromInput(
  "List Phone Numbers",
  "phone numbers",
  "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/IncomingPhoneNumbers.json?PageSize=100&Page=1&PageToken=PAPN...",
  { filters: "" },
);
