import { action } from "@prismatic-io/spectral";
import { usageListExample } from "../../examplePayloads/subaccounts";
import { twilioConnection } from "../../inputs/connection";
import { namingInputs } from "../../inputs/labels";
import { CONTINUE_FROM_LABELS } from "../../inputs/lists";
import { toUsageQuery, usageCategory, usageContinueFrom, usageEndDate, usageLimit, usagePeriod, usageStartDate } from "../../inputs/usage";
import { usageListOutput } from "../../outputSchemas/accounts";

export const listUsageRecords = action({
  display: {
    label: "List Usage Records",
    description:
      "What the account (or the connection's subaccount) used and what it cost, by category: count, usage, unit and price per record, for a period or per day or month between two dates.",
  },
  inputs: {
    twilioConnection,
    period: usagePeriod,
    category: usageCategory,
    startDate: usageStartDate,
    endDate: usageEndDate,
    limit: usageLimit,
    continueFrom: usageContinueFrom,
  },
  perform: async (_context, { twilioConnection, period, category, startDate, endDate, limit, continueFrom }) => {
    const query = toUsageQuery({ period, category, startDate, endDate });
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { listUsageRecords: readUsage } = await import("../../client/usage/usage");
    const data = await namingInputs(
      CONTINUE_FROM_LABELS,
      () =>
        readUsage(getTwilioClient(twilioConnection), {
          query,
          limit,
          continueFrom,
        }),
      "an earlier List Usage Records result",
    );
    return { data };
  },
  examplePayload: { data: usageListExample },
  outputSchema: usageListOutput,
  performSafety: "safe",
});
